using System.Diagnostics;
using System.Net;
using CrampBot.BotFramework.Hosting;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// Outgoing calls with authentication on: the bot's token is attached and cached, throttling and gateway
/// errors are retried within the budget, permanent errors are not.
/// </summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private TestTokenIssuer _issuer = null!;
    private FakeConnector _connector = null!;
    private CrampBotApplication _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        _connector = await FakeConnector.StartAsync(Ct);
        _app = new CrampBotApplication(
            new Dictionary<string, string?>(_issuer.BotSettings)
            {
                ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
                ["BotFramework:Connector:MaxDelay"] = "00:00:00.200",
                ["BotFramework:Connector:OutgoingTurnBudget"] = "00:00:05",
            },
            bot: new EchoBot());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_succeeds()
    {
        _connector.EnqueueResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", retryAfter: "1");
        var watch = Stopwatch.StartNew();

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4.5));
        var calls = _connector.Requests;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("echo: hello", c.Activity!.Text));
        Assert.All(calls, c => Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", c.Authorization));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Gateway_errors_are_retried_with_backoff(int status)
    {
        _connector.EnqueueResponse(status);
        _connector.EnqueueResponse(status);

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _connector.Requests.Count(c => c.Activity!.Text == "echo: hello"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task Other_failures_are_not_retried_and_the_user_gets_the_apology(int status)
    {
        _connector.EnqueueResponse(status, """{"error":{"code":"ServiceError","message":"no"}}""");

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _connector.Requests;
        Assert.Single(calls, c => c.Activity!.Text == "echo: hello");
        Assert.Equal(DefaultTurnErrorReply.English, calls[^1].Activity!.Text);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        for (var i = 0; i < 20; i++)
        {
            _connector.EnqueueResponse(503);
        }

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, _connector.Requests.Count(c => c.Activity!.Text == "echo: hello"));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_budget_gives_up_at_once()
    {
        _connector.EnqueueResponse(429, retryAfter: "120");
        var watch = Stopwatch.StartNew();

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        Assert.Single(_connector.Requests, c => c.Activity!.Text == "echo: hello");
    }

    [Fact]
    public async Task The_outgoing_token_is_fetched_once_and_reused()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await Post($"message {i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(_issuer.TokenRequests);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.All(_connector.Requests, c => Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", c.Authorization));
    }

    [Fact]
    public async Task Concurrent_turns_share_one_token_request()
    {
        var posts = Enumerable.Range(0, 8).Select(i => Post($"parallel {i}")).ToArray();
        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Single(_issuer.TokenRequests);
    }

    private Task<HttpResponseMessage> Post(string text) =>
        _app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, text, channelId: "msteams", id: Guid.NewGuid().ToString("N")), _issuer.CreateToken(_connector.ServiceUrl), Ct);
}
