using System.Net;
using System.Net.Http.Headers;
using CrampBot.BotFramework.Connector;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(MaxRetries: 3, BaseDelay: TimeSpan.FromSeconds(1), MaxDelay: TimeSpan.FromSeconds(8));
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void Transient_statuses_are_retried(HttpStatusCode status) =>
        Assert.NotNull(Policy.GetDelay(1, status, null, Budget, Now, 0.5));

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public void Other_failures_are_never_retried(HttpStatusCode status) =>
        Assert.Null(Policy.GetDelay(1, status, null, Budget, Now, 0.5));

    [Fact]
    public void Retry_after_in_seconds_is_honoured() =>
        Assert.Equal(TimeSpan.FromSeconds(2), Policy.GetDelay(1, HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)), Budget, Now, 0.5));

    [Fact]
    public void Retry_after_as_a_date_is_honoured() =>
        Assert.Equal(TimeSpan.FromSeconds(3), Policy.GetDelay(1, HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(Now.AddSeconds(3)), Budget, Now, 0.5));

    [Fact]
    public void A_wait_beyond_the_budget_means_give_up_now() =>
        Assert.Null(Policy.GetDelay(1, HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(60)), Budget, Now, 0.5));

    [Fact]
    public void Retries_stop_after_the_maximum() =>
        Assert.Null(Policy.GetDelay(4, HttpStatusCode.ServiceUnavailable, null, Budget, Now, 0.5));

    [Theory]
    [InlineData(1, 0.0, 800)]
    [InlineData(1, 0.999, 1200)]
    [InlineData(2, 0.5, 2000)]
    [InlineData(3, 0.5, 4000)]
    public void Backoff_doubles_with_twenty_percent_jitter(int retry, double jitter, int expectedMs)
    {
        var delay = Policy.GetDelay(retry, HttpStatusCode.BadGateway, null, TimeSpan.FromMinutes(1), Now, jitter)!.Value;

        Assert.InRange(delay.TotalMilliseconds, expectedMs - 1, expectedMs + 1);
    }

    [Fact]
    public void Backoff_is_capped()
    {
        var policy = Policy with { MaxRetries = 10 };

        var delay = policy.GetDelay(8, HttpStatusCode.BadGateway, null, TimeSpan.FromMinutes(5), Now, 0.5)!.Value;

        Assert.Equal(TimeSpan.FromSeconds(8), delay);
    }
}
