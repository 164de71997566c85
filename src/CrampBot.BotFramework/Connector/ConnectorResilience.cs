using System.Net;
using CrampBot.BotFramework.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// The connector's HTTP pipeline: Microsoft.Extensions.Http.Resilience's standard handler (total timeout, retry,
/// circuit breaker, attempt timeout), one pipeline per serviceUrl host, on a primary handler that never follows a
/// redirect. Retried: 429 (after its Retry-After) and 502, 503, 504 (exponential backoff with jitter), as Teams'
/// guidance says; never another 4xx or a 500, and never a failure without an answer (a POST that may have arrived
/// must not be posted twice). A Retry-After longer than what is left of the budget gives up at once.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>Set on each connector request: when the call started, so a retry can see what is left of the budget.</summary>
    public static readonly HttpRequestOptionsKey<long> StartedAt = new("CrampBot.Connector.StartedAt");

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Redirects are never followed: the bot's token and the user's words go to the authenticated serviceUrl or nowhere.
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider services) => Configure(o, services))
            .SelectPipelineByAuthority();
        return builder;
    }

    /// <summary>Statuses worth another attempt: throttling and the gateway errors.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static void Configure(HttpStandardResilienceOptions o, IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var telemetry = services.GetRequiredService<BotTelemetry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient).FullName!);
        var budget = settings.OutgoingTurnBudget;

        o.TotalRequestTimeout.Timeout = budget;

        // Attempts are not retried after a timeout, so an attempt may use the whole budget (the library wants it below the total).
        o.AttemptTimeout.Timeout = budget - TimeSpan.FromMilliseconds(1);
        o.CircuitBreaker.SamplingDuration = budget * 2 > TimeSpan.FromSeconds(30) ? budget * 2 : TimeSpan.FromSeconds(30);

        o.Retry.MaxRetryAttempts = Math.Max(settings.MaxRetries, 1);
        o.Retry.BackoffType = DelayBackoffType.Exponential;
        o.Retry.UseJitter = true;
        o.Retry.Delay = settings.BaseDelay;
        o.Retry.MaxDelay = settings.MaxDelay;
        o.Retry.ShouldRetryAfterHeader = true;
        o.Retry.ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && ShouldRetry(args.Outcome.Result, budget));
        o.Retry.OnRetry = args =>
        {
            var status = (int?)args.Outcome.Result?.StatusCode ?? 0;
            ConnectorLog.Retrying(logger, status, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
            telemetry.ConnectorRetries.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
            return default;
        };

        // Throttling is the service pacing us, not the service failing: only errors and silence open the circuit.
        o.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
            || (args.Outcome.Result is { } response && (int)response.StatusCode >= 500));
    }

    private static bool ShouldRetry(HttpResponseMessage? response, TimeSpan budget)
    {
        if (response is null || !IsTransient(response.StatusCode))
        {
            return false;
        }

        if (RetryAfter(response) is not { } wait)
        {
            return true;
        }

        var left = response.RequestMessage is { } request && request.Options.TryGetValue(StartedAt, out var started)
            ? budget - TimeProvider.System.GetElapsedTime(started)
            : budget;
        return wait <= left;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
