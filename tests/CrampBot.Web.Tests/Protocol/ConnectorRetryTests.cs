using System.Net;
using CrampBot.BotFramework.Hosting;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// Outgoing calls with authentication on: the bot's token is attached and cached, throttling and gateway
/// errors are retried within the budget (by the standard resilience pipeline), permanent errors are not.
/// </summary>
public sealed class ConnectorRetryTests : IClassFixture<AuthenticatedEchoHost>
{
    private readonly TestTokenIssuer _issuer;
    private readonly FakeConnector _connector;
    private readonly CrampBotApplication _app;

    public ConnectorRetryTests(AuthenticatedEchoHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Reset();
        (_issuer, _connector, _app) = (host.Issuer, host.Connector, host.App);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_succeeds()
    {
        _connector.EnqueueResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", retryAfter: "1");

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The wait is the service's Retry-After (1 s), not the host's own backoff (50 ms to 200 ms here).
        Assert.Single(_app.Logs.Entries, e => e.Message == "Connector call answered 429; retry 1 in 1000 ms.");
        var calls = _connector.Requests;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("echo: hello", c.Activity!.Text));
        Assert.StartsWith("Bearer outbound-token-", calls[0].Authorization, StringComparison.Ordinal);
        Assert.Equal(calls[0].Authorization, calls[1].Authorization);
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

        using var response = await Post("hello");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.Requests, c => c.Activity!.Text == "echo: hello");
        Assert.DoesNotContain(_app.Logs.Entries, e => e.Message.StartsWith("Connector call answered 429; retry", StringComparison.Ordinal));
        Assert.Contains(_app.Logs.Entries, e => e.Message.StartsWith("Connector reply gave up with 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hanging_connector_cannot_hold_the_turn_past_its_budget()
    {
        await using var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        await using var app = new CrampBotApplication(
            new Dictionary<string, string?>(issuer.BotSettings) { ["BotFramework:Connector:OutgoingTurnBudget"] = "00:00:01" },
            bot: new EchoBot());
        _connector.EnqueueResponse(200, delay: TimeSpan.FromSeconds(30));
        app.StartServer();

        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hello", channelId: "msteams"), issuer.CreateToken(_connector.ServiceUrl), Ct);

        // Had the send waited for the hanging service, it would have succeeded and logged no failure.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is TimeoutException or CrampBot.BotFramework.Connector.ConnectorException);
    }

    [Fact]
    public async Task The_outgoing_token_is_fetched_once_and_reused()
    {
        using (var first = await Post("warm-up"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var fetched = _issuer.TokenRequests.Count;
        for (var i = 0; i < 3; i++)
        {
            using var response = await Post($"message {i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, fetched);
        Assert.Equal(fetched, _issuer.TokenRequests.Count);
        Assert.Equal(4, _connector.Requests.Count);
        Assert.All(_connector.Requests, c => Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", c.Authorization));
    }

    [Fact]
    public async Task Concurrent_turns_share_one_token_request()
    {
        // A fresh host, so that the token cache starts cold and all eight turns want a token at once.
        await using var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        await using var app = new CrampBotApplication(issuer.BotSettings, bot: new EchoBot());
        var posts = Enumerable.Range(0, 8).Select(i => app.PostActivityAsync(
            TestActivities.Message(_connector.ServiceUrl, $"parallel {i}", channelId: "msteams", conversationId: $"conv-{i}"),
            issuer.CreateToken(_connector.ServiceUrl),
            Ct)).ToArray();

        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Single(issuer.TokenRequests);
        Assert.Equal(8, _connector.Requests.Count);
    }

    // Each post is its own conversation: the host is shared by the class, and Teams' send pacing rightly holds a
    // conversation after a 429, which must not leak from one test into the next.
    private Task<HttpResponseMessage> Post(string text) =>
        _app.PostActivityAsync(
            TestActivities.Message(_connector.ServiceUrl, text, channelId: "msteams", conversationId: "conv-" + Guid.NewGuid().ToString("N"), id: Guid.NewGuid().ToString("N")),
            _issuer.CreateToken(_connector.ServiceUrl),
            Ct);
}
