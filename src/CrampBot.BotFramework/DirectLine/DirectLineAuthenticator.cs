using Microsoft.AspNetCore.Http;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>Who is calling: the secret's holder (a server; may do anything) or a token's holder (one conversation).</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Token, string? RawToken)
{
    /// <summary>Whether this caller may touch <paramref name="conversationId"/>.</summary>
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}

/// <summary>
/// Reads <c>Authorization: Bearer …</c>: no credential is 401; a bad, tampered or expired token is 403 (which
/// DirectLineJS reads as "token expired": it stops rather than hammering the server).
/// </summary>
public sealed class DirectLineAuthenticator
{
    private readonly DirectLineSecret _secret;
    private readonly DirectLineTokenService _tokens;

    public DirectLineAuthenticator(DirectLineSecret secret, DirectLineTokenService tokens)
    {
        _secret = secret;
        _tokens = tokens;
    }

    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return (null, DirectLineResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required (Authorization: Bearer)."));
        }

        return AuthenticateCredential(header[scheme.Length..].Trim());
    }

    /// <summary>For the WebSocket stream, whose token travels in the URL (browsers cannot set headers on it).</summary>
    public (DirectLineCaller? Caller, IResult? Error) AuthenticateCredential(string credential)
    {
        if (_secret.Matches(credential))
        {
            return (new DirectLineCaller(true, null, null), null);
        }

        var check = _tokens.Validate(credential);
        return check.Result switch
        {
            TokenCheck.Valid => (new DirectLineCaller(false, check.Claims, credential), null),
            TokenCheck.Expired => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid.")),
        };
    }

    public static IResult WrongConversation() =>
        DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant access to this conversation.");
}
