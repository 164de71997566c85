using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Hosting;

/// <summary>Says at start-up, once, whether the bot checks channel tokens; anonymous mode gets a warning.</summary>
internal sealed class AuthenticationModeReporter(IOptions<BotAuthenticationOptions> options, ILogger<AuthenticationModeReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAuthenticationEnabled)
        {
            Log.AuthenticationEnabled(logger, settings.MicrosoftAppId!, settings.MicrosoftAppType ?? BotAuthenticationOptions.MultiTenant, settings.OpenIdMetadataUrl);
        }
        else
        {
            Log.AnonymousMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
