using System.Net;
using System.Net.Http.Headers;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// When to try a connector call again. Only throttling (429) and the gateway errors (502, 503, 504) are
/// transient; every other 4xx and 500 would fail the same way again (Teams' retry guidance). Delays honour
/// Retry-After, otherwise back off exponentially with jitter; a delay that would overrun the budget means give up.
/// </summary>
public sealed record RetryPolicy(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy From(ConnectorOptions options) => new(options.MaxRetries, options.BaseDelay, options.MaxDelay);

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first retry), or null to give up.
    /// <paramref name="jitter"/> is a number in [0, 1) so tests can pin it.
    /// </summary>
    public TimeSpan? GetDelay(int retry, HttpStatusCode status, RetryConditionHeaderValue? retryAfter, TimeSpan remainingBudget, DateTimeOffset now, double jitter)
    {
        if (!IsTransient(status) || retry > MaxRetries)
        {
            return null;
        }

        var delay = FromRetryAfter(retryAfter, now) ?? Backoff(retry, jitter);
        return delay <= remainingBudget ? delay : null;
    }

    private TimeSpan Backoff(int retry, double jitter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * jitter)));
    }

    private static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
