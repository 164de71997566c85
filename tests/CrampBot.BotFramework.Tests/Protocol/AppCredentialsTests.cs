using System.Text.Json.Nodes;
using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

/// <summary>The outgoing token through MSAL, against a stubbed Entra ID: where it asks, what it sends, what it caches.</summary>
public sealed class AppCredentialsTests : IDisposable
{
    private readonly List<HttpRequestMessage> _calls = [];
    private readonly StubHttp _http;
    private int _issued;

    public AppCredentialsTests() => _http = new StubHttp(request =>
    {
        lock (_calls)
        {
            _calls.Add(request);
        }

        return StubHttp.Json(new JsonObject { ["token_type"] = "Bearer", ["access_token"] = $"t{Interlocked.Increment(ref _issued)}", ["expires_in"] = 3600 });
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_token_is_cached_by_MSAL()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        Assert.Equal("t1", await credentials.GetTokenAsync(Ct));
        Assert.Equal("t1", await credentials.GetTokenAsync(Ct));

        Assert.Single(_calls);
    }

    [Fact]
    public async Task Single_tenant_bots_ask_their_own_tenant()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "contoso-tenant" });

        await credentials.GetTokenAsync(Ct);

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", Assert.Single(_calls).RequestUri!.ToString());
    }

    [Fact]
    public async Task Multi_tenant_bots_ask_the_botframework_tenant()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        await credentials.GetTokenAsync(Ct);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(_calls).RequestUri!.ToString());
    }

    [Fact]
    public async Task A_sovereign_cloud_is_one_setting()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", AuthorityHost = "https://login.microsoftonline.us", OAuthScope = "https://api.botframework.us/.default" });

        await credentials.GetTokenAsync(Ct);

        Assert.Equal("https://login.microsoftonline.us/botframework.com/oauth2/v2.0/token", Assert.Single(_calls).RequestUri!.ToString());
    }

    [Fact]
    public async Task Anonymous_mode_attaches_no_token_and_asks_nobody()
    {
        using var credentials = Create(new BotAuthenticationOptions());

        Assert.Null(await credentials.GetTokenAsync(Ct));
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        var tokens = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => credentials.GetTokenAsync(Ct)));

        Assert.All(tokens, t => Assert.Equal("t1", t));
        Assert.Single(_calls);
    }

    [Fact]
    public async Task A_refused_credential_is_a_connector_authentication_failure()
    {
        using var refusing = new StubHttp(_ => StubHttp.Json(new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret." }, System.Net.HttpStatusCode.Unauthorized));
        using var credentials = new AppCredentials(refusing, Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "wrong" }), NullLogger<AppCredentials>.Instance);

        var failure = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => credentials.GetTokenAsync(Ct));

        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", null, "pw", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "exactly one credential")]
    [InlineData("UserAssignedMSI", "t", "pw", "takes no MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId")]
    [InlineData("Federated", "t", "pw", "not supported")]
    public void Incomplete_configurations_are_refused_at_start_up(string type, string? tenant, string? password, string expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = type, MicrosoftAppTenantId = tenant, MicrosoftAppPassword = password };

        Assert.Contains(options.Validate(), m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_secret_and_a_certificate_together_are_refused() =>
        Assert.Contains(
            new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppCertificatePath = "/etc/bot.pfx" }.Validate(),
            m => m.Contains("exactly one credential", StringComparison.Ordinal));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("multitenant")]
    public void An_empty_app_type_means_multi_tenant(string? type) =>
        Assert.Empty(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = type, MicrosoftAppPassword = "pw" }.Validate());

    [Fact]
    public void A_managed_identity_needs_no_secret() =>
        Assert.Empty(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = "t" }.Validate());

    private AppCredentials Create(BotAuthenticationOptions options) =>
        new(_http, Options.Create(options), NullLogger<AppCredentials>.Instance);
}
