using System.Net;
using System.Security.Cryptography;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// With an app id configured, every request needs a valid channel token. Each bad token is a bare 401, and
/// the bot posts nothing anywhere: the serviceUrl of an unauthenticated request is never used.
/// </summary>
public sealed class JwtMatrixTests : IClassFixture<AuthenticatedEchoHost>
{
    private readonly TestTokenIssuer _issuer;
    private readonly FakeConnector _connector;
    private readonly CrampBotApplication _app;

    public JwtMatrixTests(AuthenticatedEchoHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Reset();
        (_issuer, _connector, _app) = (host.Issuer, host.Connector, host.App);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each bad token, with the reason the log must give (so each case fails for its own reason).</summary>
    public static TheoryData<string, string> BadTokens => new()
    {
        { "wrong issuer", "wrong issuer" },
        { "wrong audience", "wrong audience" },
        { "no audience", "wrong audience" },
        { "expired", "expired" },
        { "not yet valid", "not yet valid" },
        { "no expiry", "no expiry" },
        { "bad signature", "bad signature" },
        { "unknown kid", "unknown signing key" },
        { "alg none", "algorithm not RS256" },
        { "alg none with a signature", "algorithm not RS256" },
        { "HS256 signed with the public key", "algorithm not RS256" },
        { "RS384 header", "algorithm not RS256" },
        { "crit header", "unsupported header parameter" },
        { "encrypted (JWE, five segments)", "encrypted token" },
        { "missing serviceurl claim", "no serviceurl claim" },
        { "mismatched serviceurl", "serviceurl claim does not match" },
        { "serviceurl without its trailing slash", "serviceurl claim does not match" },
        { "channel not endorsed", "channel not endorsed" },
        { "garbage", "not a compact JWS" },
        { "oversized", "token too long" },
        { "Basic scheme", "not a Bearer token" },
        { "lower-case bearer", "not a Bearer token" },
        { "no Authorization header", "no Authorization header" },
    };

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, "hello", channelId: "msteams");

        using var response = await _app.PostActivityAsync(activity, _issuer.CreateToken(_connector.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.WaitForRequestAsync();
        Assert.Equal("echo: hello", call.Activity!.Text);
        Assert.StartsWith("Bearer outbound-token-", call.Authorization, StringComparison.Ordinal);
        var form = _issuer.TokenRequests[0];
        Assert.Equal("/botframework.com/oauth2/v2.0/token", form["path"]);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestTokenIssuer.AppId, form["client_id"]);
        Assert.Equal(TestTokenIssuer.AppPassword, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_a_401_and_nothing_is_sent(string kind, string loggedReason)
    {
        var activity = TestActivities.Message(_connector.ServiceUrl, "hello", channelId: kind == "channel not endorsed" ? "slack" : "msteams");
        var tokenRequests = _issuer.TokenRequests.Count;

        using var response = await _app.PostActivityWithHeaderAsync(activity, Authorization(kind), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: got {(int)response.StatusCode}");
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Empty(_connector.Requests);
        Assert.Equal(tokenRequests, _issuer.TokenRequests.Count);
        Assert.Contains(_app.Logs.Entries, e => e.Message.Contains($"unauthenticated: {loggedReason}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unauthenticated_body_is_not_even_parsed()
    {
        using var response = await _app.PostRawAsync("{ not json", "application/json", cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_callerId_is_set_from_the_token_never_from_the_wire()
    {
        var recorder = new CallerIdBot();
        await using var app = new CrampBotApplication(_issuer.BotSettings, bot: recorder);
        var activity = TestActivities.Message(_connector.ServiceUrl, "hi", channelId: "msteams");
        activity.CallerId = "urn:botframework:aadappid:forged";

        using var response = await app.PostActivityAsync(activity, _issuer.CreateToken(_connector.ServiceUrl), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", recorder.CallerId);
    }

    [Fact]
    public async Task Unknown_kids_refresh_the_keys_at_most_once_a_minute()
    {
        using (var first = await _app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hi"), _issuer.CreateToken(_connector.ServiceUrl), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = _issuer.KeyRequests;
        for (var i = 0; i < 5; i++)
        {
            var token = _issuer.CreateToken(TestTokenIssuer.Spec(_connector.ServiceUrl) with { KeyId = $"bogus-{i}" });
            using var response = await _app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hi"), token, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // IdentityModel's ConfigurationManager honours one refresh request per interval (a minute): five unknown
        // kids within it cost at most one fetch of the keys, not five.
        Assert.InRange(_issuer.KeyRequests - before, 0, 1);
    }

    [Fact]
    public async Task A_newly_published_key_is_picked_up_on_its_first_use()
    {
        await using var app = new CrampBotApplication(
            new Dictionary<string, string?>(_issuer.BotSettings) { ["BotFramework:Authentication:UnknownKeyRefreshInterval"] = "00:00:00" },
            bot: new EchoBot());
        using (var warmUp = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hi"), _issuer.CreateToken(_connector.ServiceUrl), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var rotated = _issuer.PublishKey("rotated-key", "msteams", "webchat");
        var token = _issuer.CreateToken(TestTokenIssuer.Spec(_connector.ServiceUrl) with { KeyId = "rotated-key", SigningKey = rotated });
        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "after rotation"), token, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string? Authorization(string kind)
    {
        var url = _connector.ServiceUrl;
        var valid = TestTokenIssuer.Spec(url);
        using var otherKey = RSA.Create(2048);
        string Token(TokenSpec spec) => "Bearer " + _issuer.CreateToken(spec);
        return kind switch
        {
            "wrong issuer" => Token(valid with { Issuer = "https://sts.windows.net/evil/" }),
            "wrong audience" => Token(valid with { Audience = "someone-elses-bot" }),
            "no audience" => Token(valid with { Audience = null }),
            "expired" => Token(valid with { NotBefore = DateTimeOffset.UtcNow.AddHours(-2), Expires = DateTimeOffset.UtcNow.AddMinutes(-6) }),
            "not yet valid" => Token(valid with { NotBefore = DateTimeOffset.UtcNow.AddMinutes(6), Expires = DateTimeOffset.UtcNow.AddHours(1) }),
            "bad signature" => Token(valid with { SigningKey = otherKey }),
            "unknown kid" => Token(valid with { KeyId = "never-published", SigningKey = otherKey }),
            "alg none" => Token(valid with { Algorithm = "none" }),
            "alg none with a signature" => Token(valid with { Algorithm = "none" }) + "c2ln",
            "HS256 signed with the public key" => Token(valid with { Algorithm = "HS256", HmacKey = _issuer.PublicKeyPem }),
            "RS384 header" => Token(valid with { Algorithm = "RS384" }),
            "no expiry" => Token(valid with { Expires = null }),
            "crit header" => Token(valid with { Critical = "urn:example:unknown" }),
            "encrypted (JWE, five segments)" => "Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00iLCJraWQiOiJ0ZXN0LWtleS0xIn0.ZW5jcnlwdGVkLWtleQ.aXYtaXYtaXYtaXY.Y2lwaGVydGV4dA.dGFnLXRhZy10YWc",
            "oversized" => Token(valid with { Issuer = new string('x', 20_000) }),
            "missing serviceurl claim" => Token(valid with { ServiceUrl = null }),
            "mismatched serviceurl" => Token(valid with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }),
            "serviceurl without its trailing slash" => Token(valid with { ServiceUrl = url.TrimEnd('/') }),
            "channel not endorsed" => Token(valid),
            "garbage" => "Bearer not-a-token",
            "Basic scheme" => "Basic " + _issuer.CreateToken(valid),
            "lower-case bearer" => "bearer " + _issuer.CreateToken(valid),
            "no Authorization header" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private sealed class CallerIdBot : CrampBot.BotFramework.Builder.ActivityHandler
    {
        public string? CallerId { get; private set; }

        protected override Task OnMessageActivityAsync(CrampBot.BotFramework.Builder.ITurnContext turnContext, CancellationToken cancellationToken)
        {
            CallerId = turnContext.Activity.CallerId;
            return Task.CompletedTask;
        }
    }
}
