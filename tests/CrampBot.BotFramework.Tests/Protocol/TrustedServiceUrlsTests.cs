using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Connector;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls Create(string? appId, params string[]? hosts) => new(
        Options.Create(new ConnectorOptions { TrustedHosts = hosts is { Length: > 0 } ? hosts : null }),
        Options.Create(new BotAuthenticationOptions { MicrosoftAppId = appId }));

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Anonymous_mode_trusts_loopback(string url) => Assert.True(Create(null).IsTrusted(url));

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("not a url")]
    [InlineData("ftp://localhost/")]
    public void Anonymous_mode_refuses_everything_else(string url) => Assert.False(Create(null).IsTrusted(url));

    [Fact]
    public void Anonymous_mode_trusts_hosts_an_operator_lists()
    {
        var trusted = Create(null, "dev-tunnel.example.com");

        Assert.True(trusted.IsTrusted("https://dev-tunnel.example.com/"));
        Assert.True(trusted.IsTrusted("http://localhost:3978/"));
    }

    [Fact]
    public void Authenticated_mode_does_not_trust_loopback_by_itself() =>
        Assert.False(Create("app").IsTrusted("http://127.0.0.1:5000/"));

    [Fact]
    public void A_url_from_an_authenticated_activity_is_trusted()
    {
        var trusted = Create("app");
        trusted.AddAuthenticated("http://127.0.0.1:5000/");

        Assert.True(trusted.IsTrusted("http://127.0.0.1:5000/"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://europe.directline.botframework.com/", true)]
    [InlineData("http://webchat.botframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    public void Azure_Bot_Service_hosts_are_trusted_over_https_only(string url, bool expected) =>
        Assert.Equal(expected, Create("app").IsTrusted(url));

    [Fact]
    public void Configured_hosts_replace_the_defaults()
    {
        var trusted = Create("app", "connector.internal.example");

        Assert.True(trusted.IsTrusted("https://connector.internal.example/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net/amer/"));
    }
}
