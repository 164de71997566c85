using System.Globalization;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST routes (protocol digest §4.1). Each checks, in order: the caller's credential (401,
/// 403), that a token only opens its own conversation (403), that the conversation exists (404), the rate limits
/// (429), and the input (400, 413); only then does anything happen.
/// </summary>
public sealed class DirectLineHandlers
{
    private const int MaxStartBodyBytes = 4 * 1024;

    private readonly DirectLineAuthenticator _auth;
    private readonly DirectLineTokenService _tokens;
    private readonly IDirectLineStore _store;
    private readonly DirectLineConversationService _conversations;
    private readonly DirectLineRateLimiter _limits;
    private readonly DirectLineOptions _options;
    private readonly ActivityLimits _activityLimits;
    private readonly TimeProvider _time;

    public DirectLineHandlers(
        DirectLineAuthenticator auth,
        DirectLineTokenService tokens,
        IDirectLineStore store,
        DirectLineConversationService conversations,
        DirectLineRateLimiter limits,
        IOptions<DirectLineOptions> options,
        IOptions<ActivityLimits> activityLimits,
        TimeProvider time)
    {
        _auth = auth;
        _tokens = tokens;
        _store = store;
        _conversations = conversations;
        _limits = limits;
        _options = options.Value;
        _activityLimits = activityLimits.Value;
        _time = time;
    }

    /// <summary><c>POST tokens/generate</c>: the secret's holder mints a token for a conversation not yet started.</summary>
    public async Task<IResult> GenerateTokenAsync(HttpContext http)
    {
        var (caller, error) = _auth.Authenticate(http.Request);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.IsSecret)
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "tokens/generate needs the Direct Line secret.");
        }

        var (body, bodyError) = await JsonBody.ReadAsync(http.Request, DirectLineJsonContext.Default.DirectLineStartRequest, MaxStartBodyBytes, optional: true, http.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var userId = body?.User?.Id;
        if (userId is not null && !DirectLineIds.IsUserId(userId))
        {
            return DirectLineResults.BadArgument("user.id may hold letters, digits and _ . : @ - only (at most 64).");
        }

        return Json(TokenResponse(_tokens.Issue(DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId())));
    }

    /// <summary><c>POST tokens/refresh</c>: a new token for the same conversation and user, while the old one is still valid.</summary>
    public IResult RefreshToken(HttpContext http)
    {
        var (caller, error) = _auth.Authenticate(http.Request);
        if (error is not null)
        {
            return error;
        }

        if (caller!.Token is not { } claims)
        {
            return DirectLineResults.BadArgument("tokens/refresh refreshes a token; a secret needs no refresh.");
        }

        return Json(TokenResponse(_tokens.Issue(claims.ConversationId, claims.UserId)));
    }

    /// <summary>
    /// <c>POST conversations</c>: with a token, starts the token's conversation (201) or, if it already started,
    /// resumes it (200); with the secret, starts a new one.
    /// </summary>
    public async Task<IResult> StartConversationAsync(HttpContext http)
    {
        var (caller, error) = _auth.Authenticate(http.Request);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await JsonBody.ReadAsync(http.Request, DirectLineJsonContext.Default.DirectLineStartRequest, MaxStartBodyBytes, optional: true, http.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        string token;
        DirectLineTokenClaims claims;
        if (caller!.Token is { } tokenClaims)
        {
            (token, claims) = (caller.RawToken!, tokenClaims);
        }
        else
        {
            if (_limits.TryNewConversation(http).Refusal is { } refusal)
            {
                return refusal;
            }

            var userId = body?.User?.Id is { } requested && DirectLineIds.IsUserId(requested) ? requested : DirectLineIds.NewUserId();
            var issued = _tokens.Issue(DirectLineIds.NewConversationId(), userId);
            (token, claims) = (issued.Token, issued.Claims);
        }

        bool created;
        try
        {
            created = await _conversations.StartAsync(claims.ConversationId, claims.UserId, body?.Locale, http.RequestServices, http.RequestAborted);
        }
        catch (BotTurnFailedException)
        {
            // The conversation exists; only the bot's welcome failed (already logged). The client can carry on.
            created = true;
        }

        var response = new DirectLineConversationResponse
        {
            ConversationId = claims.ConversationId,
            Token = token,
            ExpiresIn = SecondsLeft(claims),
            StreamUrl = StreamUrl(http.Request, claims.ConversationId, token, watermark: null),
        };
        return Json(response, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET conversations/{id}?watermark=</c>: reconnect, with a fresh streamUrl that replays from the watermark.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId)
    {
        var (caller, conversation, error) = await AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (_, watermarkError) = ParseWatermark(http.Request.Query["watermark"].ToString(), conversation!);
        if (watermarkError is not null)
        {
            return watermarkError;
        }

        var token = caller!.RawToken ?? _tokens.Issue(conversation!.Id, conversation.UserId).Token;
        var claims = caller.Token ?? _tokens.Validate(token).Claims!;
        return Json(new DirectLineConversationResponse
        {
            ConversationId = conversation!.Id,
            Token = token,
            ExpiresIn = SecondsLeft(claims),
            StreamUrl = StreamUrl(http.Request, conversation.Id, token, http.Request.Query["watermark"].ToString()),
        });
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: the activities after the watermark (all of them when empty).</summary>
    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId)
    {
        var (_, conversation, error) = await AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (watermark, watermarkError) = ParseWatermark(http.Request.Query["watermark"].ToString(), conversation!);
        if (watermarkError is not null)
        {
            return watermarkError;
        }

        var page = await _store.ReadAfterAsync(conversationId, watermark, _options.MaxActivitiesPerGet, http.RequestAborted);
        return page is null
            ? DirectLineResults.NotFound()
            : Json(new ActivitySet(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: stores the activity (the echo, with a server id and timestamp),
    /// runs the bot's turn, then answers <c>{id}</c>; 502 if the bot failed.
    /// </summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        var (_, conversation, error) = await AuthorizeAsync(http, conversationId);
        if (error is not null)
        {
            return error;
        }

        if (_limits.TryPost(conversationId).Refusal is { } refusal)
        {
            return refusal;
        }

        var (posted, bodyError) = await JsonBody.ReadAsync(http.Request, _options.MaxActivityBytes, optional: false, ReadActivity, http.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        try
        {
            var echo = await _conversations.PostAsync(conversation!, posted!, http.RequestServices, http.RequestAborted);
            return Json(new ResourceResponse(echo.Id));
        }
        catch (DirectLineConversationNotFoundException)
        {
            return DirectLineResults.NotFound();
        }
        catch (BotTurnFailedException)
        {
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed to process the activity.");
        }
    }

    /// <summary>A posted activity as the bot will see it, or a 400 with the reason it cannot be.</summary>
    private (Activity? Activity, IResult? Error) ReadActivity(ReadOnlySpan<byte> body)
    {
        var (activity, problem) = ClientActivity.Read(body, _activityLimits);
        return problem is null ? (activity, null) : (null, DirectLineResults.BadArgument(problem));
    }

    /// <summary>Credential, then scope, then existence: a token never learns whether another conversation exists.</summary>
    internal async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(HttpContext http, string conversationId)
    {
        var (caller, error) = _auth.Authenticate(http.Request);
        return await AuthorizeAsync(caller, error, conversationId, http.RequestAborted);
    }

    internal async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(
        DirectLineCaller? caller, IResult? error, string conversationId, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            return (null, null, error);
        }

        if (!caller!.MayAccess(conversationId))
        {
            return (null, null, DirectLineAuthenticator.WrongConversation());
        }

        var conversation = DirectLineIds.IsConversationId(conversationId) ? await _store.GetAsync(conversationId, cancellationToken) : null;
        return conversation is null ? (null, null, DirectLineResults.NotFound()) : (caller, conversation, null);
    }

    /// <summary>Empty means "from the beginning"; otherwise a sequence number the conversation has reached.</summary>
    internal static (long Watermark, IResult? Error) ParseWatermark(string raw, DirectLineConversation conversation)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return (0, null);
        }

        if (raw.Length > 18 || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark))
        {
            return (0, DirectLineResults.BadArgument("The watermark is not one this service issued."));
        }

        return watermark > conversation.LastSequence
            ? (0, DirectLineResults.BadArgument("The watermark is ahead of the conversation."))
            : (watermark, null);
    }

    internal static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is null ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }

    private int SecondsLeft(DirectLineTokenClaims claims) =>
        (int)Math.Max(0, (claims.ExpiresAt - _time.GetUtcNow()).TotalSeconds);

    private static DirectLineConversationResponse TokenResponse(IssuedToken issued) => new()
    {
        ConversationId = issued.Claims.ConversationId,
        Token = issued.Token,
        ExpiresIn = issued.ExpiresIn,
    };

    private static IResult Json(DirectLineConversationResponse response, int status = StatusCodes.Status200OK) =>
        DirectLineResults.Json(response, DirectLineJsonContext.Default.DirectLineConversationResponse, status);

    private static IResult Json(ActivitySet set) => DirectLineResults.Json(set, DirectLineJsonContext.Default.ActivitySet);

    private static IResult Json(ResourceResponse response) => DirectLineResults.Json(response, DirectLineJsonContext.Default.ResourceResponse);
}
