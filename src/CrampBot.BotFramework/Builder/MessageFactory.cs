using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

/// <summary>Shortcuts for the message activities a bot sends most.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    /// <summary>A message with quick-reply buttons; each choice posts its own title back.</summary>
    public static Activity SuggestedActions(IEnumerable<string> choices, string? text = null, string? inputHint = InputHints.ExpectingInput) =>
        SuggestedActions(choices.Select(c => CardAction.ImBack(c)), text, inputHint);

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? inputHint = InputHints.ExpectingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
        SuggestedActions = new SuggestedActions { Actions = [.. actions] },
    };

    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
    };
}
