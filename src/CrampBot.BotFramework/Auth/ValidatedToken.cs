using System.Text.Json;

namespace CrampBot.BotFramework.Auth;

/// <summary>A token that passed every check that does not depend on the activity it came with.</summary>
public sealed record ValidatedToken(IReadOnlyDictionary<string, JsonElement> Claims, SigningKey Key)
{
    /// <summary>A string claim, looked up case-insensitively (the docs write <c>serviceUrl</c>, tokens carry <c>serviceurl</c>).</summary>
    public string? GetClaim(string name)
    {
        foreach (var (key, value) in Claims)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}

/// <summary>The outcome of <see cref="JwtValidator.ValidateAsync"/>: a token, or the reason for refusing it (for logs only).</summary>
public sealed record JwtValidationResult(ValidatedToken? Token, string? Failure)
{
    public static JwtValidationResult Fail(string reason) => new(null, reason);
}
