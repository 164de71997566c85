using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Teams delivers an Adaptive Card <c>Action.Execute</c> as an invoke named <c>adaptiveCard/action</c> and waits for
/// its answer in the HTTP response. The bot stays channel-agnostic: for the length of the turn the invoke is presented
/// as the message an <c>Action.Submit</c> would have produced (the action's data as <c>value</c>; a plain string, an
/// imBack or a messageBack as <c>text</c>), so the dialogs treat it like any answer. The channel then gets the
/// documented Universal Actions response: 200 with a message body, or an error body if the turn failed.
/// </summary>
public sealed class TeamsActionExecuteMiddleware(IOptions<TeamsOptions> options, ILogger<TeamsActionExecuteMiddleware> logger) : IMiddleware
{
    public const string InvokeName = "adaptiveCard/action";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity) || !activity.IsType(ActivityTypes.Invoke) || !string.Equals(activity.Name, InvokeName, StringComparison.Ordinal))
        {
            await next(cancellationToken);
            return;
        }

        if (activity.Value is not JsonObject invokeValue || invokeValue["action"] is not JsonObject action)
        {
            turnContext.TurnState[BotAdapter.InvokeResponseKey] = Error(400, "BadRequest", "The invoke carries no action.");
            return;
        }

        var (type, name, value, text) = (activity.Type, activity.Name, activity.Value, activity.Text);
        (activity.Text, activity.Value) = AsSubmit(action);
        activity.Type = ActivityTypes.Message;
        activity.Name = null;
        TeamsLog.ActionExecuteAsMessage(logger, activity.Conversation?.Id);
        try
        {
            await next(cancellationToken);
            turnContext.TurnState[BotAdapter.InvokeResponseKey] = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = MessageResponseType,
                ["value"] = options.Value.ActionExecuteAcknowledgement,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The turn error handler apologises in the chat; the card gets an error answer instead of a bare 500/501.
            turnContext.TurnState[BotAdapter.InvokeResponseKey] = Error(500, "InternalError", "The bot could not handle this action.");
            throw;
        }
        finally
        {
            // The adapter reads the type afterwards to decide that this turn answers with an invoke response.
            (activity.Type, activity.Name, activity.Value, activity.Text) = (type, name, value, text);
        }
    }

    /// <summary>
    /// The message an Action.Submit with the same data would have sent: a string or a Teams imBack/messageBack
    /// becomes text (as Teams posts those), anything else is the submit's value. Without data, the verb is the text.
    /// </summary>
    public static (string? Text, JsonNode? Value) AsSubmit(JsonObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = action["data"]?.DeepClone();
        if (data is JsonValue plain && plain.TryGetValue<string>(out var s))
        {
            return (s, null);
        }

        if (data?["msteams"] is JsonObject msteams)
        {
            var kind = StringOf(msteams["type"]);
            if (string.Equals(kind, "imBack", StringComparison.OrdinalIgnoreCase))
            {
                return (StringOf(msteams["value"]), null);
            }

            if (string.Equals(kind, "messageBack", StringComparison.OrdinalIgnoreCase))
            {
                return (StringOf(msteams["text"]), msteams["value"]?.DeepClone());
            }
        }

        if (data is null)
        {
            return (StringOf(action["verb"]), null);
        }

        return (null, data);
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static InvokeResponse Error(int status, string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = ErrorResponseType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
