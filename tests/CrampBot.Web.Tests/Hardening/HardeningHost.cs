using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrampBot.Web.Tests.Hardening;

/// <summary>
/// The real host as Program composes it (the real CrampBot, its dialogs and wording) on real storage: a SQLite
/// file in a temp folder unless other settings say otherwise. Rate limits are raised so hostile input reaches the
/// validation it is meant to test. Every turn failure is counted through the adapter's own error hook.
/// </summary>
public sealed class HardeningHost : WebApplicationFactory<Program>
{
    public const string Secret = "hardening-directline-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crampbot-hardening-" + Guid.NewGuid().ToString("N"));
    private int _turnFailures;

    public HardeningHost(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_folder);
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["DirectLine:Secret"] = Secret,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "crampbot.db"),
            ["DirectLine:RateLimits:PostsPerConversationPerMinute"] = "1000000",
            ["DirectLine:RateLimits:RequestsPerClientPerMinute"] = "1000000",
            ["DirectLine:RateLimits:NewConversationsPerClientPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Turns that ended in the adapter's OnTurnError since the host started.</summary>
    public int TurnFailures => Volatile.Read(ref _turnFailures);

    /// <summary>Starts the app and hooks the adapter's error handler, keeping the app's own handler in place.</summary>
    public HardeningHost Start()
    {
        var adapter = Services.GetRequiredService<CloudAdapter>();
        var handler = adapter.OnTurnError!;
        adapter.OnTurnError = (context, exception) =>
        {
            Interlocked.Increment(ref _turnFailures);
            return handler(context, exception);
        };
        return this;
    }

    public HttpClient Client(string? credential = null)
    {
        var client = CreateClient();
        if (credential is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>POST /api/messages with a raw body.</summary>
    public async Task<HttpResponseMessage> PostMessagesAsync(string body, CancellationToken cancellationToken)
    {
        using var client = Client();
        using var content = Json(body);
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
    }

    /// <summary>A started Direct Line conversation: its id and the token that opens it.</summary>
    public async Task<(string ConversationId, string Token)> StartDirectLineAsync(string? locale, CancellationToken cancellationToken)
    {
        using var secretClient = Client(Secret);
        using var generated = await secretClient.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null, cancellationToken);
        generated.EnsureSuccessStatusCode();
        var token = (string)JsonNode.Parse(await generated.Content.ReadAsStringAsync(cancellationToken))!["token"]!;

        using var client = Client(token);
        using var body = Json(locale is null ? "{}" : $$"""{"locale":"{{locale}}"}""");
        using var started = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), body, cancellationToken);
        started.EnsureSuccessStatusCode();
        var conversationId = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync(cancellationToken))!["conversationId"]!;
        return (conversationId, token);
    }

    public async Task<HttpResponseMessage> PostDirectLineAsync(string token, string conversationId, string body, CancellationToken cancellationToken)
    {
        using var client = Client(token);
        using var content = Json(body);
        return await client.PostAsync(new Uri($"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities", UriKind.Relative), content, cancellationToken);
    }

    public async Task<HttpResponseMessage> GetDirectLineAsync(string token, string conversationId, CancellationToken cancellationToken, string watermark = "")
    {
        using var client = Client(token);
        return await client.GetAsync(new Uri($"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities?watermark={watermark}", UriKind.Relative), cancellationToken);
    }

    /// <summary>Error-level entries the app logged (a failure somewhere, even one it handled).</summary>
    public IReadOnlyList<CapturedLog> Errors => [.. Logs.Entries.Where(e => e.Level >= LogLevel.Error)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // The capture sees every level (a provider rule outranks appsettings' Default: Information), so tests can
        // check Debug lines such as the per-turn summary as well as what must never appear at Information.
        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
            }
        }
    }
}
