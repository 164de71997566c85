using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>
/// The real host in memory with a known Direct Line secret, a controllable clock, the test bot, and a
/// <see cref="MemoryStorage"/> that can outlive the app (pass the same one to a second app to "restart").
/// </summary>
public sealed class DirectLineApp : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly IStorage? _storage;

    /// <param name="configuredStorage">Use the storage provider the settings name (e.g. SQLite) instead of a MemoryStorage.</param>
    public DirectLineApp(IDictionary<string, string?>? settings = null, IStorage? storage = null, ManualClock? clock = null, IBot? bot = null, Action<IServiceCollection>? services = null, bool configuredStorage = false)
    {
        Clock = clock ?? new ManualClock();
        _storage = configuredStorage ? null : storage ?? new MemoryStorage(Clock);
        Bot = bot ?? new DirectLineTestBot();
        _services = services;
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["DirectLine:Secret"] = Secret,
            ["Storage:Provider"] = configuredStorage ? "Sqlite" : "Memory",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public ManualClock Clock { get; }

    /// <summary>The app's storage (the configured provider's when <c>configuredStorage</c> was set).</summary>
    public IStorage Storage => _storage ?? Services.GetRequiredService<IStorage>();

    public IBot Bot { get; }

    /// <summary>A client with <c>Authorization: Bearer {credential}</c> (none when null).</summary>
    public HttpClient Client(string? credential = null)
    {
        var client = CreateClient();
        if (credential is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return client;
    }

    /// <summary>tokens/generate with the secret, then POST conversations with that token: a started conversation.</summary>
    public async Task<DirectLineConversationResponse> StartConversationAsync(string? locale = null)
    {
        using var secretClient = Client(Secret);
        using var generated = await secretClient.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null);
        generated.EnsureSuccessStatusCode();
        var token = (await ReadAsync(generated, DirectLineJsonContext.Default.DirectLineConversationResponse)).Token!;

        using var client = Client(token);
        using var started = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), Json(locale is null ? "{}" : $$"""{"locale":"{{locale}}"}"""));
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        return await ReadAsync(started, DirectLineJsonContext.Default.DirectLineConversationResponse);
    }

    public async Task<ActivitySet> GetActivitiesAsync(string token, string conversationId, string watermark = "")
    {
        using var client = Client(token);
        using var response = await client.GetAsync(new Uri($"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response, DirectLineJsonContext.Default.ActivitySet);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string token, string conversationId, Activity activity)
    {
        using var client = Client(token);
        return await client.PostAsync(
            new Uri($"/v3/directline/conversations/{conversationId}/activities", UriKind.Relative),
            Json(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity)));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        (await response.Content.ReadFromJsonAsync(typeInfo))!;

    /// <summary>The error code of a Direct Line error body, asserting the shape on the way.</summary>
    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = doc.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }

    public static Activity UserMessage(string text, string? clientActivityId = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("someone-else", "Tester"),
        Locale = "en-US",
        ChannelData = new System.Text.Json.Nodes.JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (_storage is not null)
            {
                services.AddSingleton(_storage);
            }

            services.AddSingleton(Bot);
            _services?.Invoke(services);
        });
    }
}

/// <summary>A clock the test moves by hand; timers still run in real time.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
