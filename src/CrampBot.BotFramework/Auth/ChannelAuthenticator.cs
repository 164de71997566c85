using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> may run a turn, in two steps: the bearer token alone
/// (before the body is even parsed), then the token against the activity it carried: the channel must be among
/// the signing key's endorsements, and the token's <c>serviceurl</c> claim must name the activity's serviceUrl.
/// </summary>
public sealed class ChannelAuthenticator(ChannelTokenValidator validator, IOptions<BotAuthenticationOptions> options)
{
    /// <summary>The callerId the protocol assigns to activities from the public Azure Bot Service.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public bool IsEnabled => options.Value.IsAuthenticationEnabled;

    /// <summary>Checks the Authorization header. Anonymous mode accepts no header; a token is still checked (and fails).</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return IsEnabled ? AuthenticationOutcome.Refused("no Authorization header") : AuthenticationOutcome.Anonymous;
        }

        // A token sent to a bot with no app id cannot name it as audience: refuse rather than ignore, so a
        // production bot that lost its configuration does not quietly accept everyone.
        if (!IsEnabled)
        {
            return AuthenticationOutcome.Refused("token sent to a bot in anonymous mode");
        }

        // The scheme is compared exactly, as the protocol's SDKs do.
        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Refused("not a Bearer token");
        }

        var result = await validator.ValidateAsync(authorizationHeader[scheme.Length..].Trim(), cancellationToken);
        return result.Token is { } token ? AuthenticationOutcome.Authenticated(token) : AuthenticationOutcome.Refused(result.Failure!);
    }

    /// <summary>The second step: the token must have been issued for this activity's channel and service URL.</summary>
    public static string? CheckActivity(ValidatedToken token, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || !token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return "channel not endorsed by the signing key";
        }

        if (token.GetClaim("serviceurl") is not { Length: > 0 } claimed)
        {
            return "no serviceurl claim";
        }

        // Compared as the SDKs do: case-insensitive, no other normalisation (a trailing '/' matters).
        return string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase) ? null : "serviceurl claim does not match the activity";
    }
}

/// <summary>Whether a request may proceed, and as whom.</summary>
public sealed record AuthenticationOutcome(bool IsAllowed, ValidatedToken? Token, string? Failure)
{
    public static AuthenticationOutcome Anonymous { get; } = new(true, null, null);

    public static AuthenticationOutcome Authenticated(ValidatedToken token) => new(true, token, null);

    public static AuthenticationOutcome Refused(string reason) => new(false, null, reason);
}
