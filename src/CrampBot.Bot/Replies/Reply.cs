using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot.Replies;

/// <summary>Message activities with quick replies: the one reply shape every channel renders.</summary>
public static class Reply
{
    /// <summary>A text message, with quick replies when <paramref name="choices"/> has any.</summary>
    public static Activity Text(string text, IEnumerable<string>? choices = null)
    {
        var list = choices?.ToList() ?? [];
        return list.Count == 0
            ? MessageFactory.Text(text)
            : MessageFactory.SuggestedActions(list, text);
    }

    /// <summary>Adds quick replies to an activity already built (a card, say).</summary>
    public static Activity WithChoices(this Activity activity, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        if (list.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. list.Select(c => CardAction.ImBack(c))] };
            activity.InputHint = InputHints.ExpectingInput;
        }

        return activity;
    }

    /// <summary>A card with its plain-text fallback as the activity's text, so channels without cards still read it.</summary>
    public static Activity Card(AdaptiveCard card, string fallbackText)
    {
        var activity = MessageFactory.Attachment(card.ToAttachment(fallbackText), fallbackText);
        return activity;
    }
}
