using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Connector;

/// <summary>Hands out connector clients, but only for service URLs the bot may trust.</summary>
public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClients,
    TrustedServiceUrls trustedServiceUrls,
    AppCredentials credentials,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClientFactory
{
    public IConversationsClient Create(string serviceUrl)
    {
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            throw new UntrustedServiceUrlException();
        }

        var settings = options.Value;
        return new ConnectorClient(
            httpClients.CreateClient(ConnectorClient.HttpClientName),
            serviceUrl,
            credentials,
            RetryPolicy.From(settings),
            settings.OutgoingTurnBudget,
            time,
            logger);
    }
}
