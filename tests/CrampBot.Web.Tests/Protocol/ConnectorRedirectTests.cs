using System.Net;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// A trusted serviceUrl that answers a reply with a redirect must not get the reply re-posted wherever it points:
/// the bot's bearer token and the user's words would travel to a host nobody authenticated. A redirect is an error,
/// logged without the body, in anonymous and in authenticated mode.
/// </summary>
public sealed class ConnectorRedirectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    [InlineData(302)]
    public async Task An_authenticated_reply_is_not_reposted_where_a_redirect_points(int status)
    {
        await using var trap = await FakeConnector.StartAsync(Ct);
        await using var redirecting = await RedirectingConnector.StartAsync(status, trap.ServiceUrl);
        await using var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        await using var app = new CrampBotApplication(issuer.BotSettings, bot: new EchoBot());
        var activity = TestActivities.Message(redirecting.ServiceUrl, "my calf hurts", channelId: "msteams");

        using var response = await app.PostActivityAsync(activity, issuer.CreateToken(redirecting.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(redirecting.Posts >= 1, "the reply went to the authenticated serviceUrl first");
        Assert.Empty(trap.Requests);
        // The reply and then the turn's apology were both refused; each refusal is logged, with neither body.
        var refusals = app.Logs.Entries.Where(e => e.Message.Contains($"answered a redirect ({status})", StringComparison.Ordinal) && e.Level >= LogLevel.Warning).ToList();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, r => Assert.DoesNotContain("calf", r.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains(RedirectingConnector.Body, StringComparison.Ordinal) || (e.Exception?.ToString().Contains(RedirectingConnector.Body, StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task An_anonymous_reply_is_not_reposted_where_a_redirect_points()
    {
        await using var trap = await FakeConnector.StartAsync(Ct);
        await using var redirecting = await RedirectingConnector.StartAsync(307, trap.ServiceUrl);
        await using var app = new CrampBotApplication(bot: new EchoBot());

        using var response = await app.PostActivityAsync(TestActivities.Message(redirecting.ServiceUrl, "hello"), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(redirecting.Posts >= 1);
        Assert.Empty(trap.Requests);
    }

    /// <summary>A connector that answers every call with a redirect to another address, and a body that must not be logged.</summary>
    private sealed class RedirectingConnector : IAsyncDisposable
    {
        public const string Body = "redirect-body-secret-7f3a";

        private LoopbackServer _server = null!;
        private int _posts;

        public string ServiceUrl => _server.BaseAddress.ToString();

        public int Posts => Volatile.Read(ref _posts);

        public static async Task<RedirectingConnector> StartAsync(int status, string target)
        {
            var connector = new RedirectingConnector();
            connector._server = await LoopbackServer.StartAsync(async http =>
            {
                Interlocked.Increment(ref connector._posts);
                http.Response.StatusCode = status;
                http.Response.Headers.Location = target + http.Request.Path.Value!.TrimStart('/');
                await http.Response.WriteAsync(Body);
            });
            return connector;
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
