using System.Text.Json;
using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// The bot's own token for connector calls: OAuth 2.0 client credentials against the configured tenant. Cached
/// until five minutes before it expires, and fetched by one caller at a time so a burst of turns makes one
/// request, not fifty.
/// </summary>
public sealed class AppCredentials(
    IHttpClientFactory httpClients,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<AppCredentials> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.Auth";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    /// <summary>The bearer token to attach, or null in anonymous mode (nothing is attached then).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAuthenticationEnabled)
        {
            return null;
        }

        if (_cached is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched it while this one waited.
            if (_cached is { } fetched && time.GetUtcNow() < fetched.RefreshAt)
            {
                return fetched.Token;
            }

            _cached = await FetchAsync(settings, cancellationToken);
            return _cached.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CachedToken> FetchAsync(BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = settings.OAuthScope,
        });

        var started = time.GetTimestamp();
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(new Uri(settings.ResolveTokenEndpoint()), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.TokenRequestFailed(logger, (int)response.StatusCode);
            throw new ConnectorAuthenticationException($"The token endpoint answered {(int)response.StatusCode}.");
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        var root = body.RootElement;
        if (!root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } token)
        {
            throw new ConnectorAuthenticationException("The token endpoint's answer has no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(root.TryGetProperty("expires_in", out var expires) ? ReadSeconds(expires) : 0);
        var refreshAt = time.GetUtcNow() + (lifetime > RefreshMargin ? lifetime - RefreshMargin : TimeSpan.Zero);
        Log.TokenAcquired(logger, (long)lifetime.TotalSeconds, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return new CachedToken(token, refreshAt);
    }

    // Entra sends a number; some older endpoints send it as a string.
    private static double ReadSeconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
        _ => 0,
    };

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}

/// <summary>The bot could not obtain its outgoing token, so it cannot reply.</summary>
public sealed class ConnectorAuthenticationException : Exception
{
    public ConnectorAuthenticationException()
    {
    }

    public ConnectorAuthenticationException(string message)
        : base(message)
    {
    }

    public ConnectorAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
