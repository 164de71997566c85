using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>What a valid token says: the one conversation it opens, its user, and when it stops working.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

public enum TokenCheck
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}

public sealed record TokenValidation(TokenCheck Result, DirectLineTokenClaims? Claims)
{
    public bool IsValid => Result == TokenCheck.Valid;
}

/// <summary>A freshly issued token, with its lifetime in seconds as Direct Line reports it (<c>expires_in</c>).</summary>
public sealed record IssuedToken(string Token, int ExpiresIn, DirectLineTokenClaims Claims);

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256, scoped to one conversation. A JWT
/// because Web Chat and DirectLineJS decode the token to read its <c>user</c> claim, which then fixes the user id
/// (ids starting <c>dl_</c> are only honoured from a token). Only our exact header is accepted, so no "alg" games.
/// </summary>
public sealed class DirectLineTokenService
{
    private const int MaxTokenLength = 2048;
    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly DirectLineSecret _secret;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineTokenService(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _secret = secret;
        _options = options.Value;
        _time = time;
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        var payload = new MemoryStream();
        using (var json = new Utf8JsonWriter(payload))
        {
            json.WriteStartObject();
            json.WriteString("conv", conversationId);
            json.WriteString("user", userId);
            json.WriteNumber("iat", now.ToUnixTimeSeconds());
            json.WriteNumber("exp", expires.ToUnixTimeSeconds());
            // A unique id, so two tokens issued in the same second still differ (refresh must change the token).
            json.WriteString("jti", Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)));
            json.WriteEndObject();
        }

        var unsigned = Header + "." + Base64Url.EncodeToString(payload.ToArray());
        var token = unsigned + "." + Sign(unsigned);
        var claims = new DirectLineTokenClaims(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
        return new IssuedToken(token, (int)_options.TokenLifetime.TotalSeconds, claims);
    }

    public TokenValidation Validate(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            return new(TokenCheck.Malformed, null);
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return new(TokenCheck.Malformed, null);
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return new(TokenCheck.BadSignature, null);
        }

        DirectLineTokenClaims claims;
        try
        {
            using var doc = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = doc.RootElement;
            // exp must be a time a DateTimeOffset can hold; anything else is as unreadable as a missing claim.
            if (!root.GetProperty("exp").TryGetInt64(out var exp) || exp < MinUnixSeconds || exp > MaxUnixSeconds)
            {
                throw new FormatException("The token's exp is not a representable time.");
            }

            claims = new DirectLineTokenClaims(
                root.GetProperty("conv").GetString() ?? throw new FormatException(),
                root.GetProperty("user").GetString() ?? throw new FormatException(),
                DateTimeOffset.FromUnixTimeSeconds(exp));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Signed by us yet unreadable cannot happen unless the key leaked; treat it as any bad token.
            return new(TokenCheck.Malformed, null);
        }

        return claims.ExpiresAt <= _time.GetUtcNow()
            ? new(TokenCheck.Expired, claims)
            : new(TokenCheck.Valid, claims);
    }

    private string Sign(string unsigned) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_secret.SigningKey, Encoding.ASCII.GetBytes(unsigned)));
}
