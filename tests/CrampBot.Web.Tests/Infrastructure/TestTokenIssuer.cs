using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CrampBot.Web.Tests.Infrastructure;

/// <summary>What goes into a test token. Start from <see cref="TestTokenIssuer.Spec"/> and change one thing with <c>with</c>.</summary>
public sealed record TokenSpec
{
    public string Algorithm { get; init; } = "RS256";

    public string? KeyId { get; init; }

    public string Issuer { get; init; } = TestTokenIssuer.ChannelIssuer;

    public string? Audience { get; init; } = TestTokenIssuer.AppId;

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-1);

    /// <summary>The <c>exp</c> claim; null leaves it out.</summary>
    public DateTimeOffset? Expires { get; init; } = DateTimeOffset.UtcNow.AddMinutes(30);

    /// <summary>A <c>crit</c> header naming this extension, which no recipient understands; null leaves it out.</summary>
    public string? Critical { get; init; }

    /// <summary>Signs with this key instead of the issuer's (a forged signature).</summary>
    public RSA? SigningKey { get; init; }

    /// <summary>For HS* algorithms: the HMAC secret (the classic attack uses the public key's bytes).</summary>
    public byte[]? HmacKey { get; init; }
}

/// <summary>
/// A Bot Framework channel service's identity side on loopback: OpenID metadata and a JWKS whose key endorses
/// the given channels, a client-credentials token endpoint for the bot's outgoing token, and a signer that
/// mints channel tokens (valid ones, and every kind of bad one). <see cref="BotSettings"/> points a bot at it.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-app-password";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string KeyId = "test-key-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly List<(string Kid, RSA Key, string[] Endorsements)> _published = [];
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private LoopbackServer? _server;
    private int _metadataRequests;
    private int _keyRequests;

    private TestTokenIssuer(string[] endorsements) => _published.Add((KeyId, _key, endorsements));

    /// <summary>The channels the default key may sign for.</summary>
    public static readonly string[] DefaultEndorsements = ["msteams", "webchat", "directline", "emulator", "test"];

    public string MetadataUrl => $"{_server!.BaseAddress}v1/.well-known/openidconfiguration";

    /// <summary>The setting that tells <see cref="CrampBotApplication"/> to route the bot's Entra ID calls here (<see cref="EntraStandIn"/>).</summary>
    public const string EntraStandInSetting = "Test:EntraStandIn";

    public Uri BaseAddress => _server!.BaseAddress;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>The form fields of every client-credentials request (managed identity: the query), oldest first, with <c>path</c> added.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>The access token the Nth (1-based) client-credentials request receives.</summary>
    public static string OutboundToken(int n) => $"outbound-token-{n}";

    /// <summary>Settings that make the bot require tokens from this issuer and fetch its own token here.</summary>
    public IDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["MicrosoftAppType"] = "MultiTenant",
        ["BotFramework:Authentication:OpenIdMetadataUrl"] = MetadataUrl,
        ["BotFramework:Authentication:RequireHttpsMetadata"] = "false",
        [EntraStandInSetting] = BaseAddress.ToString(),
    };

    public static async Task<TestTokenIssuer> StartAsync(string[]? endorsements = null, CancellationToken cancellationToken = default)
    {
        var issuer = new TestTokenIssuer(endorsements ?? DefaultEndorsements);
        issuer._server = await LoopbackServer.StartAsync(issuer.HandleAsync, cancellationToken);
        return issuer;
    }

    /// <summary>Publishes another key (key rotation); returns it so tests can sign with it.</summary>
    public RSA PublishKey(string kid, params string[] endorsements)
    {
        var key = RSA.Create(2048);
        lock (_published)
        {
            _published.Add((kid, key, endorsements));
        }

        return key;
    }

    /// <summary>A valid channel token's spec for an activity carrying <paramref name="serviceUrl"/>.</summary>
    public static TokenSpec Spec(string serviceUrl) => new() { ServiceUrl = serviceUrl, KeyId = KeyId };

    /// <summary>A valid token for <paramref name="serviceUrl"/>.</summary>
    public string CreateToken(string serviceUrl) => CreateToken(Spec(serviceUrl));

    public string CreateToken(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var header = new JsonObject { ["alg"] = spec.Algorithm, ["typ"] = "JWT" };
        if (spec.KeyId is not null)
        {
            header["kid"] = spec.KeyId;
        }

        if (spec.Critical is not null)
        {
            header["crit"] = new JsonArray(spec.Critical);
            header[spec.Critical] = true;
        }

        var payload = new JsonObject
        {
            ["iss"] = spec.Issuer,
            ["nbf"] = spec.NotBefore.ToUnixTimeSeconds(),
        };
        if (spec.Expires is { } expires)
        {
            payload["exp"] = expires.ToUnixTimeSeconds();
        }

        if (spec.Audience is not null)
        {
            payload["aud"] = spec.Audience;
        }

        if (spec.ServiceUrl is not null)
        {
            payload["serviceurl"] = spec.ServiceUrl;
        }

        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var data = Encoding.ASCII.GetBytes(signingInput);
        var signature = spec.Algorithm switch
        {
            "none" => [],
            "HS256" => HMACSHA256.HashData(spec.HmacKey ?? [], data),
            _ => (spec.SigningKey ?? _key).SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        };
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The public key as SubjectPublicKeyInfo PEM bytes: what an HS256 key-confusion attack signs with.</summary>
    public byte[] PublicKeyPem => Encoding.ASCII.GetBytes(_key.ExportSubjectPublicKeyInfoPem());

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _key.Dispose();
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("/openidconfiguration", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _metadataRequests);
            await WriteJsonAsync(http, new JsonObject
            {
                ["issuer"] = ChannelIssuer,
                ["jwks_uri"] = $"{_server!.BaseAddress}v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        }
        else if (path.EndsWith("/keys", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _keyRequests);
            await WriteJsonAsync(http, new JsonObject { ["keys"] = Jwks() });
        }
        else if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && HttpMethods.IsPost(http.Request.Method))
        {
            var form = await http.Request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["path"] = path;
            _tokenRequests.Enqueue(fields);
            await WriteJsonAsync(http, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = OutboundToken(_tokenRequests.Count),
            });
        }
        else if (path == "/metadata/identity/oauth2/token" && HttpMethods.IsGet(http.Request.Method))
        {
            // The Azure instance metadata service's managed-identity endpoint, as MSAL calls it.
            var fields = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            fields["path"] = path;
            fields["Metadata"] = http.Request.Headers["Metadata"].ToString();
            _tokenRequests.Enqueue(fields);
            await WriteJsonAsync(http, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = "3599",
                ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = fields.GetValueOrDefault("resource"),
                ["access_token"] = OutboundToken(_tokenRequests.Count),
            });
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private JsonArray Jwks()
    {
        var keys = new JsonArray();
        lock (_published)
        {
            foreach (var (kid, key, endorsements) in _published)
            {
                var p = key.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64Url.EncodeToString(p.Modulus),
                    ["e"] = Base64Url.EncodeToString(p.Exponent),
                    ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)e)]),
                });
            }
        }

        return keys;
    }

    private static Task WriteJsonAsync(HttpContext http, JsonObject json)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(json.ToJsonString());
    }
}

/// <summary>
/// The bot's Entra ID and managed-identity calls (MSAL insists on https and the real hosts) sent to a
/// <see cref="TestTokenIssuer"/> on loopback instead; every other request passes unchanged. Nothing leaves the machine.
/// </summary>
public sealed class EntraStandIn(Uri issuer) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    private static readonly string[] Hosts = ["login.microsoftonline.com", "169.254.169.254"];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && Hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = issuer.Scheme, Host = issuer.Host, Port = issuer.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
