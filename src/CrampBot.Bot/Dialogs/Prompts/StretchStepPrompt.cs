using System.Text.Json.Nodes;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.Core.Content;

namespace CrampBot.Bot.Dialogs.Prompts;

/// <summary>
/// Shows one stretch step (an Adaptive Card with the same words as text) with "Done" / "Still hurts", and ends
/// with true when the cramp has eased. An answer it cannot read gets the step again; a second counts as "still hurts".
/// </summary>
public sealed class StretchStepPrompt : Prompt<bool>
{
    private readonly BotTexts _texts;
    private readonly TimeProvider _time;

    public StretchStepPrompt(BotTexts texts, TimeProvider time)
        : base(nameof(StretchStepPrompt))
    {
        _texts = texts;
        _time = time;
        MaxAttempts = 2;
    }

    /// <param name="startedAt">When the walkthrough started: the time shown is the clock's, worked out when the step is sent.</param>
    public static PromptOptions For(int step, bool shin, DateTimeOffset startedAt) => new()
    {
        Validations = new JsonObject { ["step"] = step, ["shin"] = shin, ["startedAt"] = startedAt.ToUnixTimeMilliseconds() },
    };

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var v = options.Validations!;
        var steps = StretchPlan.Steps(v["shin"]!.GetValue<bool>());
        var index = v["step"]!.GetValue<int>();
        var instruction = _texts.Say(turnContext, steps[index]);
        var startedAt = DateTimeOffset.FromUnixTimeMilliseconds(v["startedAt"]!.GetValue<long>());
        var minutes = (int)Math.Floor((_time.GetUtcNow() - startedAt).TotalMinutes);
        var hint = _texts.Say(
            turnContext,
            minutes < 1 ? TextKeys.StretchTimeStarted : TextKeys.StretchTimeHint,
            ("step", index + 1), ("total", steps.Count), ("minutes", minutes), ("limit", StretchPlan.EscalateAfterMinutes));
        var title = _texts.Say(turnContext, TextKeys.StretchCardTitle);
        var card = new AdaptiveCard().Title(title).Paragraph(instruction).Note(hint);
        var activity = Reply.Card(card, $"{title}\n\n{instruction}\n\n{hint}")
            .WithChoices(_texts.Labels(turnContext, TextKeys.ChoiceDone, TextKeys.ChoiceStillHurts))
            .Asking(QuestionTag.StretchStep);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        bool? eased = IsLabel(text, TextKeys.ChoiceDone) ? true
            : IsLabel(text, TextKeys.ChoiceStillHurts) ? false
            : ShortAnswers.Eased(text);
        return Task.FromResult(eased is { } value
            ? new PromptRecognizerResult<bool>(true, value)
            : PromptRecognizerResult<bool>.Failed);
    }

    private bool IsLabel(string? text, string key)
    {
        var cleaned = ShortAnswers.Clean(text);
        return Locales.All.Any(l => ShortAnswers.Clean(_texts.Get(key, l)) == cleaned);
    }
}
