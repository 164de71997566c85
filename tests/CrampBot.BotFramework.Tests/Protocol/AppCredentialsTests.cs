using System.Text.Json.Nodes;
using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public sealed class AppCredentialsTests : IDisposable
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero));
    private readonly List<Uri> _calls = [];
    private readonly StubHttp _http;
    private int _issued;

    public AppCredentialsTests() => _http = new StubHttp(request =>
    {
        lock (_calls)
        {
            _calls.Add(request.RequestUri!);
        }

        return StubHttp.Json(new JsonObject { ["access_token"] = $"t{Interlocked.Increment(ref _issued)}", ["expires_in"] = 3600 });
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_token_is_cached_until_five_minutes_before_expiry()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        Assert.Equal("t1", await credentials.GetTokenAsync(Ct));
        _time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("t1", await credentials.GetTokenAsync(Ct));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("t2", await credentials.GetTokenAsync(Ct));
    }

    [Fact]
    public async Task Single_tenant_bots_ask_their_own_tenant()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "contoso-tenant" });

        await credentials.GetTokenAsync(Ct);

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", Assert.Single(_calls).ToString());
    }

    [Fact]
    public async Task Multi_tenant_bots_ask_the_botframework_tenant()
    {
        using var credentials = Create(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        await credentials.GetTokenAsync(Ct);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(_calls).ToString());
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

    [Theory]
    [InlineData("SingleTenant", null, "pw", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "t", null, "not supported")]
    public void Incomplete_configurations_are_refused_at_start_up(string type, string? tenant, string? password, string expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = type, MicrosoftAppTenantId = tenant, MicrosoftAppPassword = password };

        Assert.Contains(options.Validate(), m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("multitenant")]
    public void An_empty_app_type_means_multi_tenant(string? type) =>
        Assert.Empty(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = type, MicrosoftAppPassword = "pw" }.Validate());

    private AppCredentials Create(BotAuthenticationOptions options) =>
        new(_http, Options.Create(options), _time, NullLogger<AppCredentials>.Instance);
}
