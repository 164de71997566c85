using System.Security.Cryptography;
using System.Text.Json;
using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>A channel service's public signing key, with the channels it may sign for.</summary>
public sealed record SigningKey(string Kid, RSAParameters Parameters, IReadOnlyList<string> Endorsements);

/// <summary>
/// The signing keys named by the OpenID metadata document. Fetched on first use, again after
/// <see cref="BotAuthenticationOptions.MetadataRefreshInterval"/>, and early when a token names an unknown kid,
/// but at most once per <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/> so that a stream of
/// bogus tokens cannot turn the bot into a load generator against the metadata host.
/// </summary>
public sealed class OpenIdMetadataCache(
    IHttpClientFactory httpClients,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<OpenIdMetadataCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, SigningKey>? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset? _lastAttempt;

    /// <summary>The key with id <paramref name="kid"/>, or null when the metadata does not (yet) name it.</summary>
    public async Task<SigningKey?> GetSigningKeyAsync(string kid, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (IsFresh(settings) && _keys!.TryGetValue(kid, out var known))
        {
            return known;
        }

        // Everyone else waits at the gate, so callers that arrive during the first fetch get its result
        // instead of a refusal; past the gate, refreshes are rate-limited.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Re-check under the gate: a concurrent caller may have just refreshed.
            if ((IsFresh(settings) && _keys!.ContainsKey(kid)) || !MayFetch(settings))
            {
                return _keys?.GetValueOrDefault(kid);
            }

            _lastAttempt = time.GetUtcNow();
            try
            {
                var started = time.GetTimestamp();
                _keys = await FetchAsync(settings, cancellationToken);
                _fetchedAt = time.GetUtcNow();
                Log.MetadataRefreshed(logger, _keys.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when ((ex is HttpRequestException or JsonException or InvalidDataException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
            {
                // Keep the keys we had: a metadata outage must not lock every user out.
                Log.MetadataRefreshFailed(logger, ex);
            }

            return _keys?.GetValueOrDefault(kid);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(BotAuthenticationOptions settings) =>
        _keys is not null && time.GetUtcNow() - _fetchedAt < settings.MetadataRefreshInterval;

    private bool MayFetch(BotAuthenticationOptions settings) =>
        _lastAttempt is not { } last || time.GetUtcNow() - last >= settings.UnknownKeyRefreshInterval;

    private async Task<Dictionary<string, SigningKey>> FetchAsync(BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(AppCredentials.HttpClientName);
        using var metadata = await GetJsonAsync(http, new Uri(settings.OpenIdMetadataUrl), cancellationToken);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUri) || !Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var keysUrl))
        {
            throw new InvalidDataException("The OpenID metadata has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(http, keysUrl, cancellationToken);
        if (!jwks.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The key set has no keys.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (ReadKey(key) is { } signingKey)
            {
                result[signingKey.Kid] = signingKey;
            }
        }

        return result;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
    }

    /// <summary>An RSA signing key with its endorsements; anything else (EC keys, encryption keys) is skipped.</summary>
    private static SigningKey? ReadKey(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object
            || String(key, "kty") != "RSA"
            || String(key, "use") is { } use && use != "sig"
            || String(key, "kid") is not { Length: > 0 } kid
            || String(key, "n") is not { Length: > 0 } n
            || String(key, "e") is not { Length: > 0 } e)
        {
            return null;
        }

        var endorsements = key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];

        try
        {
            var parameters = new RSAParameters { Modulus = Base64UrlDecode(n), Exponent = Base64UrlDecode(e) };
            return new SigningKey(kid, parameters, endorsements);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);
}
