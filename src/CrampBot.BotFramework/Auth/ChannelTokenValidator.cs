using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// Validates a Bot Framework channel token with IdentityModel's <see cref="JsonWebTokenHandler"/>: RS256 only, the
/// configured issuer, <c>aud</c> equal to the app id, a required <c>exp</c> and <c>nbf</c>/<c>exp</c> within the clock
/// skew, and a signature by the key the header names from the channel's OpenID metadata. What the library does not
/// check is checked first, before any key lookup: the algorithm (so a hostile token never causes a metadata fetch),
/// encryption (Bot Framework tokens are signed, never encrypted) and <c>crit</c> (IdentityModel ignores it; RFC 7515
/// requires refusing extensions one does not understand).
/// </summary>
public sealed class ChannelTokenValidator(ChannelSigningKeys keys, IOptions<BotAuthenticationOptions> options)
{
    // Bot Framework tokens are about 1.5 KB; anything far larger is not one of them.
    private const int MaxTokenLength = 16 * 1024;

    private readonly JsonWebTokenHandler _handler = new() { MaximumTokenSizeInBytes = MaxTokenLength };

    public async Task<JwtValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (Screen(token) is { } refusal)
        {
            return JwtValidationResult.Fail(refusal);
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return JwtValidationResult.Fail("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Perhaps the keys rotated: fetch again (at most once a minute) and retry once on the new key set.
            if (await keys.RefreshForUnknownKeyAsync(cancellationToken) is { } refreshed && !ReferenceEquals(refreshed, configuration))
            {
                configuration = refreshed;
                result = await _handler.ValidateTokenAsync(token, Parameters(configuration));
            }
        }

        if (!result.IsValid)
        {
            return JwtValidationResult.Fail(Reason(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        return new JwtValidationResult(new ValidatedToken(jwt, ChannelSigningKeys.EndorsementsOf(configuration, jwt.Kid)), null);
    }

    /// <summary>The refusals that need no key: a reason, or null when the token may go on to the library.</summary>
    private string? Screen(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            return "token too long";
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException or FormatException)
        {
            return "not a compact JWS";
        }

        if (jwt.IsEncrypted)
        {
            return "encrypted token";
        }

        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return "algorithm not RS256";
        }

        return jwt.TryGetHeaderValue<object>("crit", out _) || jwt.TryGetHeaderValue<object>("zip", out _) || jwt.TryGetHeaderValue<object>("enc", out _)
            ? "unsupported header parameter"
            : null;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration)
    {
        var settings = options.Value;
        return new TokenValidationParameters
        {
            ValidIssuer = settings.ChannelIssuer,
            ValidAudience = settings.MicrosoftAppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            IssuerSigningKeys = ChannelSigningKeys.UsableKeys(configuration),

            // The key the header names, or none: never every key in turn.
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,
        };
    }

    /// <summary>Which check failed, for the log only (the caller answers a bare 401).</summary>
    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not yet valid",
        SecurityTokenNoExpirationException => "no expiry",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidAlgorithmException => "algorithm not RS256",
        SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenInvalidLifetimeException => "unreadable lifetime",
        SecurityTokenMalformedException => "not a compact JWS",
        _ => "invalid token",
    };
}
