using System.Net;
using CrampBot.BotFramework.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>The page at / and its token endpoint: nothing from outside the site, and no secret in the browser.</summary>
public sealed class WebChatPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_nothing_outside_the_site()
    {
        await using var app = new DirectLineApp();
        using var client = app.Client();
        using var page = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("lib/webchat/webchat.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DirectLineApp.Secret, html, StringComparison.Ordinal);

        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase); // no remote host of any kind
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);

        foreach (var asset in new[] { "/app.js", "/site.css", "/favicon.svg", "/lib/webchat/webchat.js" })
        {
            using var response = await client.GetAsync(asset, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_token_endpoint_mints_a_token_that_starts_a_conversation()
    {
        await using var app = new DirectLineApp();
        using var client = app.Client();
        using var response = await client.PostAsync("/api/webchat/token", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await DirectLineApp.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversationResponse);
        Assert.DoesNotContain(DirectLineApp.Secret, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var withToken = app.Client(body.Token);
        using var started = await withToken.PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(body.ConversationId, (await DirectLineApp.ReadAsync(started, DirectLineJsonContext.Default.DirectLineConversationResponse)).ConversationId);
    }

    [Fact]
    public async Task The_token_endpoint_refuses_other_sites()
    {
        await using var app = new DirectLineApp();
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_secret_one_is_generated_and_the_log_says_so()
    {
        var logs = new CrampBot.Web.Tests.Infrastructure.CapturingLoggerProvider();
        await using var app = new DirectLineApp(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = string.Empty },
            services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        using var client = app.Client(DirectLineApp.Secret);
        using var refused = await client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(logs.Entries, e => e.Message.Contains("No DirectLine:Secret configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_generated_secret_is_kept_in_storage_so_tokens_survive_a_restart()
    {
        var noSecret = new Dictionary<string, string?> { ["DirectLine:Secret"] = string.Empty };
        var storage = new CrampBot.BotFramework.State.MemoryStorage();
        string token;
        await using (var first = new DirectLineApp(noSecret, storage: storage))
        {
            using var client = first.Client();
            using var response = await client.PostAsync("/api/webchat/token", null, Ct);
            token = (await DirectLineApp.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversationResponse)).Token!;
        }

        await using var restarted = new DirectLineApp(noSecret, storage: storage);
        using (var same = restarted.Client(token))
        using (var started = await same.PostAsync("/v3/directline/conversations", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        // Another deployment (another storage) generated its own secret: the token means nothing there.
        await using var elsewhere = new DirectLineApp(noSecret);
        using var other = elsewhere.Client(token);
        using var refused = await other.PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
