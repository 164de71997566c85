using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrampBot.Web.Tests.Infrastructure;

/// <summary>
/// The real host (Program) in memory, with test settings, optionally another <see cref="IBot"/>, extra
/// services, and a log capture. Post activities with <see cref="PostActivityAsync"/>; replies reach a
/// <see cref="FakeConnector"/> through real HTTP (or come back in the body with expectReplies).
/// </summary>
public sealed class CrampBotApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IBot? _bot;
    private readonly Action<IServiceCollection>? _services;

    public CrampBotApplication(IDictionary<string, string?>? settings = null, IBot? bot = null, Action<IServiceCollection>? services = null)
    {
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // Anonymous unless the caller passes a TestTokenIssuer's BotSettings.
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,

            // In-memory state: no files, nothing shared between tests.
            ["Storage:Provider"] = "Memory",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _bot = bot;
        _services = services;
    }

    /// <summary>Every log entry the app wrote, with its level.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Posts an activity as a channel would, with <c>Authorization: Bearer {token}</c> when a token is given.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? token = null, CancellationToken cancellationToken = default) =>
        PostActivityWithHeaderAsync(activity, token is null ? null : $"Bearer {token}", cancellationToken);

    /// <summary>Posts an activity with exactly this Authorization header (null: none), for malformed-header tests.</summary>
    public Task<HttpResponseMessage> PostActivityWithHeaderAsync(Activity activity, string? authorization, CancellationToken cancellationToken = default) =>
        SendAsync(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), "application/json", authorization, cancellationToken);

    /// <summary>Posts any body with any content type (null: no Content-Type header).</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? token = null, CancellationToken cancellationToken = default) =>
        SendAsync(body, contentType, token is null ? null : $"Bearer {token}", cancellationToken);

    private async Task<HttpResponseMessage> SendAsync(string body, string? contentType, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var client = CreateClient();
        return await client.SendAsync(request, cancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));

        // Program reads the Telemetry section while registering services (OpenTelemetry is registered only when an
        // exporter is on), before the configuration above is applied; host settings are visible to it by then.
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("Telemetry:", StringComparison.OrdinalIgnoreCase)))
        {
            builder.UseSetting(key, value);
        }
        // The capture sees every level (a provider rule outranks appsettings' Default: Information), so tests can
        // check Debug lines such as the per-turn summary as well as what must never appear at Information.
        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            if (_bot is not null)
            {
                services.AddSingleton(_bot);
            }

            // A TestTokenIssuer's settings: the bot's Entra ID calls go to it.
            if (_settings.GetValueOrDefault(TestTokenIssuer.EntraStandInSetting) is { Length: > 0 } issuer)
            {
                services.AddHttpClient(CrampBot.BotFramework.Auth.AppCredentials.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => new EntraStandIn(new Uri(issuer)));
            }

            _services?.Invoke(services);
        });
    }
}
