using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Connector;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The protocol layer: authentication (inbound JWT, outbound client credentials), the connector, the
    /// <see cref="CloudAdapter"/> (also as <see cref="BotAdapter"/>) with its turn error handler, and the
    /// messaging endpoint. Every <see cref="Builder.IMiddleware"/> registered in DI joins the adapter's pipeline in
    /// registration order. The bot itself (<see cref="IBot"/>) is registered elsewhere.
    /// </summary>
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes > 0, "BotFramework:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddActivityLimits();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName)
            .Validate(
                o => o.MaxRetries is >= 0 and <= 10 && o.OutgoingTurnBudget >= TimeSpan.FromMilliseconds(100) && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay,
                "BotFramework:Connector needs MaxRetries from 0 to 10, an OutgoingTurnBudget of at least 100 ms, and 0 < BaseDelay <= MaxDelay.")
            .ValidateOnStart();

        // The MicrosoftApp* keys live at the root, as Bot Framework operators know them; endpoints in a section.
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((o, c) =>
            {
                c.Bind(o);
                c.GetSection(BotAuthenticationOptions.SectionName).Bind(o);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        // Telemetry instruments exist always and cost a flag check when nobody listens; the host decides whether
        // anybody does (AddCrampBotTelemetry). The turn middleware is registered first, so it is outermost.
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        if (!services.Any(d => d.ServiceType == typeof(TurnTelemetryMiddleware)))
        {
            services.AddSingleton<TurnTelemetryMiddleware>();
            services.AddSingleton<Builder.IMiddleware>(sp => sp.GetRequiredService<TurnTelemetryMiddleware>());
        }

        // MSAL and the OpenID metadata share one client; neither follows a redirect to somewhere else.
        services.AddHttpClient(AppCredentials.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();

        services.TryAddSingleton<ChannelSigningKeys>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<ChannelAuthenticator>();
        services.TryAddSingleton<AppCredentials>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();

        services.TryAddSingleton<ITurnErrorReply, DefaultTurnErrorReply>();
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton(CreateAdapter);
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.TryAddSingleton<BotFrameworkHttpEndpoint>();

        services.AddHostedService<AuthenticationModeReporter>();
        services.AddHealthChecks();
        return services;
    }

    /// <summary>The limits every entry point checks incoming activities against (section <c>BotFramework:ActivityLimits</c>).</summary>
    public static IServiceCollection AddActivityLimits(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<ActivityLimits>)))
        {
            return services;
        }

        services.AddOptions<ActivityLimits>().BindConfiguration(ActivityLimits.SectionName)
            .Validate(o => !o.Problems().Any(), "BotFramework:ActivityLimits: depth 2-48 and positive lengths (see ActivityLimits).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /api/messages</c> (or the configured path) and the health probes: <c>/healthz/live</c> (the
    /// process answers; restart it when this fails), <c>/healthz/ready</c> (the checks tagged
    /// <see cref="StorageHealthCheck.ReadyTag"/>, the store among them: send traffic only while this passes) and
    /// <c>/healthz</c> (every check, for people and simple monitors).
    /// </summary>
    public static IEndpointRouteBuilder MapBotFrameworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MessagesPath;
        endpoints.MapPost(path, (HttpContext http) => http.RequestServices.GetRequiredService<BotFrameworkHttpEndpoint>().HandleAsync(http))
            .WithName("BotFrameworkMessages")
            .DisableAntiforgery();
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StorageHealthCheck.ReadyTag) });
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }

    private static CloudAdapter CreateAdapter(IServiceProvider services)
    {
        var adapter = new CloudAdapter(services.GetRequiredService<IConnectorClientFactory>(), new LazyServices<Connector.IInProcessChannel>(services))
        {
            OutgoingTurnBudget = services.GetRequiredService<IOptions<ConnectorOptions>>().Value.OutgoingTurnBudget,
            OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync,
        };

        foreach (var middleware in services.GetServices<Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }

        return adapter;
    }

    private sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
        {
            var failures = options.Validate().ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
