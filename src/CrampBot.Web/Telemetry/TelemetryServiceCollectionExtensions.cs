using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrampBot.Web.Telemetry;

/// <summary>
/// Where the bot's traces and metrics go (the <c>Telemetry</c> section). Off by default: then no OpenTelemetry SDK is
/// registered, nothing listens to the bot's instruments, and the store is not wrapped.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve the metrics at <c>GET /metrics</c> in Prometheus' text format.</summary>
    public bool Prometheus { get; set; }

    /// <summary>An OTLP collector (e.g. <c>http://localhost:4317</c>) for traces and metrics; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> works too.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The <c>service.name</c> of the exported telemetry.</summary>
    public string ServiceName { get; set; } = "crampbot";
}

public static class TelemetryServiceCollectionExtensions
{
    // The .NET meters whose instruments carry no ids: request routes (templates, not paths), statuses, hosts.
    private static readonly string[] FrameworkMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    /// <summary>Registers OpenTelemetry when an exporter is configured. Call after the store is registered (it wraps it).</summary>
    public static IServiceCollection AddCrampBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = settings.OtlpEndpoint is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (otlp is { Length: > 0 } && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Telemetry:OtlpEndpoint '{otlp}' is not an absolute URL.");
        }

        services.AddSingleton(new TelemetryMode(settings.Prometheus, otlp is { Length: > 0 }));
        if (!settings.Prometheus && otlp is not { Length: > 0 })
        {
            return services;
        }

        InstrumentStorage(services);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(settings.ServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotTelemetry.Name).AddMeter(FrameworkMeters);
            if (settings.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp is { Length: > 0 })
            {
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            }
        });

        // Spans only from the bot's own source: turns and connector calls, tagged with channels and outcomes. The
        // framework's request and HttpClient spans would carry URL paths, and paths carry conversation ids.
        if (otlp is { Length: > 0 })
        {
            telemetry.WithTracing(tracing => tracing.AddSource(BotTelemetry.Name).AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        return services;
    }

    /// <summary><c>GET /metrics</c> when Prometheus is on, and the Direct Line connection count when anything is.</summary>
    public static WebApplication MapCrampBotTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mode = app.Services.GetRequiredService<TelemetryMode>();
        if (!mode.Enabled)
        {
            return app;
        }

        var telemetry = app.Services.GetRequiredService<BotTelemetry>();
        app.Use(async (context, next) =>
        {
            if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            telemetry.DirectLineConnectionsOpened.Add(1);
            telemetry.DirectLineConnections.Add(1);
            try
            {
                await next(context);
            }
            finally
            {
                telemetry.DirectLineConnections.Add(-1);
            }
        });

        if (mode.Prometheus)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint();
        }

        return app;
    }

    /// <summary>Wraps the registered store in <see cref="InstrumentedStorage"/>, keeping its lifetime (and its disposal).</summary>
    private static void InstrumentStorage(IServiceCollection services)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(IStorage)) is not { } registered)
        {
            return;
        }

        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IStorage),
            sp => new InstrumentedStorage(Resolve(sp, registered), sp.GetRequiredService<BotTelemetry>()),
            registered.Lifetime));
    }

    private static IStorage Resolve(IServiceProvider services, ServiceDescriptor registered) =>
        (IStorage)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));

    private sealed record TelemetryMode(bool Prometheus, bool Otlp)
    {
        public bool Enabled => Prometheus || Otlp;
    }
}
