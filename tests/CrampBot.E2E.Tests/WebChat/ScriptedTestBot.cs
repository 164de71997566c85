using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>
/// A bot with fixed wording, so the browser tests check Web Chat and Direct Line rather than CrampBot's content:
/// a welcome naming the locale, quick replies for "choices", an Adaptive Card (1.5, Action.Submit) for "card",
/// "locale?" for the locale of the message, and "Echo: …" for anything else.
/// </summary>
public sealed class ScriptedTestBot : ActivityHandler
{
    public const string Welcome = "Hello from the test bot";

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale ?? "none";
        await turnContext.SendActivityAsync(MessageFactory.Text($"{Welcome} [{locale}]"), cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JsonObject value && string.IsNullOrEmpty(activity.Text))
        {
            return turnContext.SendActivityAsync(MessageFactory.Text($"Severity received: {value["severity"]?.ToString() ?? "?"}"), cancellationToken);
        }

        return (activity.Text ?? string.Empty).Trim() switch
        {
            "choices" => turnContext.SendActivityAsync(MessageFactory.SuggestedActions(["Calf", "Foot", "Thigh"], "Where is the cramp?"), cancellationToken),
            "card" => turnContext.SendActivityAsync(MessageFactory.Attachment(SeverityCard(), "How bad is it?"), cancellationToken),
            "locale?" => turnContext.SendActivityAsync(MessageFactory.Text($"Your locale is {activity.Locale ?? "none"}"), cancellationToken),
            var text => turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {text}"), cancellationToken),
        };
    }

    private static Attachment SeverityCard() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonNode.Parse("""
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Rate the cramp from 0 to 10", "weight": "Bolder", "wrap": true },
                { "type": "Input.Number", "id": "severity", "min": 0, "max": 10, "placeholder": "0-10" }
              ],
              "actions": [
                { "type": "Action.Submit", "title": "Send severity", "data": { "kind": "severity" } }
              ]
            }
            """),
    };
}
