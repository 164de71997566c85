using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// Validates a Bot Framework channel token (a JWS in compact form) with the base class library alone: RS256
/// only, the configured issuer, <c>aud</c> equal to the app id, exp/nbf within the clock skew, and a signature
/// by a key from the OpenID metadata. The cheap structural checks come first, so a hostile token is refused
/// before any key lookup or cryptography.
/// </summary>
public sealed class JwtValidator(OpenIdMetadataCache keys, IOptions<BotAuthenticationOptions> options, TimeProvider time)
{
    // Bot Framework tokens are about 1.5 KB; anything far larger is not one of them.
    private const int MaxTokenLength = 16 * 1024;

    public async Task<JwtValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (token.Length > MaxTokenLength)
        {
            return JwtValidationResult.Fail("token too long");
        }

        // Exactly three segments: a JWE (five) or an unsigned token is refused before anything is decoded.
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return JwtValidationResult.Fail("not a compact JWS");
        }

        if (DecodeObject(parts[0]) is not { } header)
        {
            return JwtValidationResult.Fail("unreadable header");
        }

        using (header)
        {
            var h = header.RootElement;
            if (Str(h, "alg") != "RS256")
            {
                return JwtValidationResult.Fail("algorithm not RS256");
            }

            // enc/zip mean an encrypted or compressed token; crit means extensions we cannot honour.
            if (h.TryGetProperty("enc", out _) || h.TryGetProperty("zip", out _) || h.TryGetProperty("crit", out _))
            {
                return JwtValidationResult.Fail("unsupported header parameter");
            }

            if (Str(h, "kid") is not { Length: > 0 } kid)
            {
                return JwtValidationResult.Fail("no kid");
            }

            return await ValidatePayloadAsync(parts, kid, settings, cancellationToken);
        }
    }

    private async Task<JwtValidationResult> ValidatePayloadAsync(string[] parts, string kid, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        if (DecodeObject(parts[1]) is not { } payload)
        {
            return JwtValidationResult.Fail("unreadable payload");
        }

        Dictionary<string, JsonElement> claims;
        using (payload)
        {
            claims = payload.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }

        if (!claims.TryGetValue("iss", out var iss) || iss.ValueKind != JsonValueKind.String || iss.GetString() != settings.ChannelIssuer)
        {
            return JwtValidationResult.Fail("wrong issuer");
        }

        if (await keys.GetSigningKeyAsync(kid, cancellationToken) is not { } key)
        {
            return JwtValidationResult.Fail("unknown signing key");
        }

        if (!VerifySignature(parts, key))
        {
            return JwtValidationResult.Fail("bad signature");
        }

        if (CheckLifetime(claims, settings.ClockSkew) is { } lifetimeFailure)
        {
            return JwtValidationResult.Fail(lifetimeFailure);
        }

        if (!AudienceMatches(claims, settings.MicrosoftAppId))
        {
            return JwtValidationResult.Fail("wrong audience");
        }

        return new JwtValidationResult(new ValidatedToken(claims, key), null);
    }

    private static bool VerifySignature(string[] parts, SigningKey key)
    {
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(key.Parameters);
        }
        catch (CryptographicException)
        {
            return false;
        }

        // Short keys are forgeable; the channel service uses 2048 bits.
        if (rsa.KeySize < 2048)
        {
            return false;
        }

        var signingInput = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        return rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private string? CheckLifetime(Dictionary<string, JsonElement> claims, TimeSpan skew)
    {
        var now = time.GetUtcNow();
        if (ReadTime(claims, "exp") is not { } exp)
        {
            return "no expiry";
        }

        if (now > exp + skew)
        {
            return "expired";
        }

        if (claims.ContainsKey("nbf") && ReadTime(claims, "nbf") is not { })
        {
            return "unreadable nbf";
        }

        return ReadTime(claims, "nbf") is { } nbf && now + skew < nbf ? "not yet valid" : null;
    }

    private static DateTimeOffset? ReadTime(Dictionary<string, JsonElement> claims, string name) =>
        claims.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;

    private static bool AudienceMatches(Dictionary<string, JsonElement> claims, string? appId)
    {
        if (string.IsNullOrEmpty(appId) || !claims.TryGetValue("aud", out var aud))
        {
            return false;
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => aud.GetString() == appId,
            JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == appId),
            _ => false,
        };
    }

    private static JsonDocument? DecodeObject(string segment)
    {
        try
        {
            var document = JsonDocument.Parse(Base64Url.DecodeFromChars(segment));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
