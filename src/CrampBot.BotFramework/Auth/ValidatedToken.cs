using Microsoft.IdentityModel.JsonWebTokens;

namespace CrampBot.BotFramework.Auth;

/// <summary>A token that passed every check that does not depend on the activity it came with, and the channels its key may sign for.</summary>
public sealed record ValidatedToken(JsonWebToken Token, IReadOnlyList<string> Endorsements)
{
    /// <summary>A string claim, looked up case-insensitively (the docs write <c>serviceUrl</c>, tokens carry <c>serviceurl</c>).</summary>
    public string? GetClaim(string name) =>
        Token.Claims.FirstOrDefault(c => string.Equals(c.Type, name, StringComparison.OrdinalIgnoreCase) && c.ValueType == System.Security.Claims.ClaimValueTypes.String)?.Value;
}

/// <summary>The outcome of <see cref="ChannelTokenValidator.ValidateAsync"/>: a token, or the reason for refusing it (for logs only).</summary>
public sealed record JwtValidationResult(ValidatedToken? Token, string? Failure)
{
    public static JwtValidationResult Fail(string reason) => new(null, reason);
}
