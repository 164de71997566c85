using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Microsoft Teams support, as middleware the adapter picks up from DI (in this order): the mention rule, one
    /// welcome per conversation, Action.Execute as a card submit, and Teams' limits on every outgoing activity. The
    /// connector's HTTP client gets the per-conversation send pacer. Settings come from the <c>Teams</c> section
    /// (<see cref="TeamsOptions"/>). Needs <c>AddBotFrameworkProtocol</c> and <c>AddBotStorage</c>; it works before or
    /// after them.
    /// </summary>
    public static IServiceCollection AddTeamsSupport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Idempotent: a second call (a test host adding Teams to an app that already has it) must not put the
        // middleware in the pipeline twice; the welcome-once lock would then be taken twice in one turn.
        if (services.Any(d => d.ServiceType == typeof(TeamsMentionMiddleware)))
        {
            return services;
        }
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName)
            .Validate(o => o.MaxMessageBytes > 1024 && o.MaxSuggestedActions >= 0 && o.MaxCardActions > 0 && AdaptiveCardRules.ParseVersion(o.MaxAdaptiveCardVersion) is not null,
                "Teams needs MaxMessageBytes > 1024, MaxSuggestedActions >= 0, MaxCardActions > 0 and a version like 1.5 in MaxAdaptiveCardVersion.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TeamsSendPacer(sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddHttpMessageHandler(sp => new TeamsPacingHandler(
                sp.GetRequiredService<TeamsSendPacer>(),
                sp.GetRequiredService<ILogger<TeamsPacingHandler>>(),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TeamsOptions>>().Value.MaxPacingWait));

        services.TryAddSingleton<TeamsMentionMiddleware>();
        services.TryAddSingleton<TeamsWelcomeOnceMiddleware>();
        services.TryAddSingleton<TeamsActionExecuteMiddleware>();
        services.TryAddSingleton<TeamsLimitsMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsMentionMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsWelcomeOnceMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsActionExecuteMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsLimitsMiddleware>());
        return services;
    }
}
