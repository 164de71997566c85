using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// A channel-agnostic bot that sends what CrampBot sends (quick replies, more than Teams shows, cards with their
/// fallback text, long text) and keeps a small symptom-check waterfall in conversation state, so the tests can watch
/// the Teams layer at work without depending on the real bot's wording. It knows nothing about Teams.
/// </summary>
public sealed class TeamsProbeBot : ActivityHandler
{
    public const string Welcome = "Welcome to CrampBot!";

    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly WaterfallDialog _check;

    public TeamsProbeBot(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        _check = new WaterfallDialog("check", [AskHowOftenAsync, AskWhichLegAsync, SummarizeAsync]);
    }

    /// <summary>A card as CrampBot would build it: v1.6 with a Media element, its words repeated in fallbackText.</summary>
    public static Attachment LegCard() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.6",
            ["fallbackText"] = "Which leg cramps?",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Which leg cramps?", ["wrap"] = true },
                new JsonObject { ["type"] = "Media", ["altText"] = "A calf stretch", ["sources"] = new JsonArray(new JsonObject { ["mimeType"] = "video/mp4", ["url"] = "https://example.com/stretch.mp4" }) },
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "leg", ["choices"] = new JsonArray(new JsonObject { ["title"] = "Left", ["value"] = "left" }, new JsonObject { ["title"] = "Right", ["value"] = "right" }) }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send", ["data"] = new JsonObject { ["kind"] = "leg" } }),
        },
    };

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (text == "check" || await HasActiveDialogAsync(turnContext, cancellationToken))
        {
            await _check.RunAsync(turnContext, _dialogState, cancellationToken);
            return;
        }

        if (text == "three")
        {
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No", "Not sure"], "Any swelling in that leg?"), cancellationToken);
            return;
        }

        if (text == "big")
        {
            // About 150 KB in UTF-16: far over Teams' cap, in paragraphs.
            var paragraph = string.Concat(Enumerable.Repeat("Stretch your calf gently and hold it. ", 20)).Trim();
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Join("\n\n", Enumerable.Repeat(paragraph, 100))), cancellationToken);
            return;
        }

        if (text is { } burst && burst.StartsWith("burst ", StringComparison.Ordinal))
        {
            for (var i = 1; i <= int.Parse(burst[6..], System.Globalization.CultureInfo.InvariantCulture); i++)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text($"message {i}"), cancellationToken);
            }

            return;
        }

        var value = turnContext.Activity.Value is { } v ? $" value={v.ToJsonString()}" : string.Empty;
        await turnContext.SendActivityAsync(MessageFactory.Text($"heard: [{text}]{value}"), cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);

    protected override Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);

    private async Task<bool> HasActiveDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _dialogState.GetAsync(turnContext, cancellationToken))?.DialogStack is { Count: > 0 };

    private static async Task<DialogTurnResult> AskHowOftenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Five quick replies: more than Teams shows.
        await step.Context.SendActivityAsync(MessageFactory.SuggestedActions(["Every night", "Most nights", "Weekly", "Monthly", "Rarely"], "How often do the cramps come?"), cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> AskWhichLegAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["often"] = Answer(step.Context.Activity, "often");

        // A card with its fallback as text, plus quick replies: how CrampBot's stretch steps look.
        var question = MessageFactory.Attachment(LegCard(), "Which leg cramps?");
        question.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Left"), CardAction.ImBack("Right")] };
        await step.Context.SendActivityAsync(question, cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> SummarizeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var leg = Answer(step.Context.Activity, "leg");
        await step.Context.SendActivityAsync(MessageFactory.Text($"summary: often={step.Values["often"]}, leg={leg}, by={step.Context.Activity.From?.Name}"), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A typed answer, or the field of a card submit.</summary>
    private static string? Answer(Activity activity, string field) =>
        !string.IsNullOrEmpty(activity.Text) ? activity.Text : activity.Value?[field]?.ToString();
}
