using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Telemetry;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Connector;

/// <summary>Hands out connector clients, but only for service URLs the bot may trust.</summary>
public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClients,
    TrustedServiceUrls trustedServiceUrls,
    AppCredentials credentials,
    BotTelemetry telemetry,
    ILogger<ConnectorClient> logger) : IConnectorClientFactory
{
    public IConversationsClient Create(string serviceUrl)
    {
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            throw new UntrustedServiceUrlException();
        }

        return new ConnectorClient(httpClients.CreateClient(ConnectorClient.HttpClientName), serviceUrl, credentials, telemetry, logger);
    }
}
