using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs.Prompts;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Dialogs;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// A cramp happening now: no questions first, one short step per message with "Done" / "Still hurts" and the
/// time so far. Ten minutes of "still hurts" brings the see-a-doctor-today advice (RF-04). Once the cramp has
/// eased, one question screens for swelling, redness or injury, then the prevention routine is offered.
/// </summary>
public sealed class StretchNowDialog : ComponentDialog
{
    private const string StepsId = nameof(StretchNowDialog) + ".steps";
    private const string AfterId = nameof(StretchNowDialog) + ".after";

    private readonly BotTexts _texts;
    private readonly BotAccessors _accessors;
    private readonly Advisor _advisor;
    private readonly AnswerReplies _answers;
    private readonly TimeProvider _time;

    public StretchNowDialog(BotTexts texts, BotAccessors accessors, Advisor advisor, AnswerReplies answers, TimeProvider time)
        : base(nameof(StretchNowDialog))
    {
        _texts = texts;
        _accessors = accessors;
        _advisor = advisor;
        _answers = answers;
        _time = time;
        AddDialog(new WaterfallDialog(StepsId, [ShowStepAsync, StepResultAsync]));
        AddDialog(new WaterfallDialog(AfterId, [ScreenStepAsync, ScreenResultStepAsync, RoutineResultStepAsync]));
        AddDialog(new StretchStepPrompt(texts));
        AddDialog(new YesNoPrompt(texts));
        InitialDialogId = StepsId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var start = DialogJson.Convert<StretchProgress>(options) ?? new StretchProgress();
        start.StartedAt = _time.GetUtcNow();
        await innerDc.Context.SendActivityAsync(Reply.Text(_texts.Say(innerDc.Context, TextKeys.StretchIntro)), cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, start, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<StretchProgress>()!;
        step.Values.Set(nameof(StretchProgress), progress);
        return await step.PromptAsync(nameof(StretchStepPrompt), StretchStepPrompt.For(progress.Step, progress.Shin, progress.Minutes), cancellationToken);
    }

    private async Task<DialogTurnResult> StepResultAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Values.Get<StretchProgress>(nameof(StretchProgress))!;
        var eased = !step.NotRecognized && step.GetResult<bool>();
        if (eased)
        {
            await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, TextKeys.StretchEased)), cancellationToken);
            return await step.ReplaceDialogAsync(AfterId, null, cancellationToken);
        }

        // Time so far: the steps' nominal length, or the clock if the user has taken longer.
        var clock = (int)(_time.GetUtcNow() - progress.StartedAt).TotalMinutes;
        var minutes = Math.Max(progress.Minutes + StretchPlan.MinutesPerStep, clock);
        var steps = StretchPlan.Steps(progress.Shin);
        if (minutes >= StretchPlan.EscalateAfterMinutes || progress.Step + 1 >= steps.Count)
        {
            return await EscalateAsync(step, Math.Max(minutes, StretchPlan.EscalateAfterMinutes), cancellationToken);
        }

        var next = new StretchProgress { Step = progress.Step + 1, Shin = progress.Shin, Minutes = minutes, StartedAt = progress.StartedAt };
        return await step.ReplaceDialogAsync(StepsId, next, cancellationToken);
    }

    /// <summary>Ten minutes and still hurting: not a typical cramp. The advice is the last word; nothing more is asked.</summary>
    private async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, int minutes, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, TextKeys.StretchTooLong, ("minutes", minutes))), cancellationToken);
        var data = await _accessors.Conversation.GetAsync(step.Context, () => new ConversationData(), cancellationToken);
        var report = data.Report.ToReport().WithNumber(Facts.EpisodeMinutes, NumberRange.AtLeast(minutes + 0.5));
        data.Report = StoredReport.From(report);
        await _advisor.SendAsync(step.Context, report, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> ScreenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(nameof(YesNoPrompt), YesNoPrompt.For(TextKeys.StretchScreen, facts: [Facts.SwellingOneSide, Facts.RednessWarmth, Facts.InjuryOrCast]), cancellationToken);

    private async Task<DialogTurnResult> ScreenResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.NotRecognized ? FactValue.DontKnow : step.GetResult<FactValue>();
        if (answer == FactValue.Yes)
        {
            // Which of the three it is matters less than acting today; the symptom check can narrow it down.
            var text = _texts.Say(step.Context, TextKeys.StretchScreenYes) + "\n\n" + _texts.Say(step.Context, TextKeys.StretchScreenOfferCheck);
            await step.Context.SendActivityAsync(Reply.Text(text, _texts.Labels(step.Context, TextKeys.ChoiceCheck)).Asking(QuestionTag.Offer), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(
            nameof(YesNoPrompt),
            YesNoPrompt.For(TextKeys.StretchOfferRoutine, TextKeys.ChoiceRoutineYes, TextKeys.ChoiceRoutineNo, notSure: false, kind: QuestionTag.Offer),
            cancellationToken);
    }

    private async Task<DialogTurnResult> RoutineResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wants = !step.NotRecognized && step.GetResult<FactValue>() == FactValue.Yes;
        if (wants)
        {
            var data = await _accessors.Conversation.GetAsync(step.Context, () => new ConversationData(), cancellationToken);
            await step.Context.SendActivityAsync(_answers.Build(step.Context, Core.Intents.Intent.Stretches, data.Report.ToReport()), cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, TextKeys.StretchRoutineDeclined)), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Where the walkthrough stands: the step shown, minutes so far, and which variant.</summary>
    public sealed class StretchProgress
    {
        public int Step { get; set; }

        /// <summary>A cramp at the front of the shin: point the toes instead of pulling them up.</summary>
        public bool Shin { get; set; }

        public int Minutes { get; set; }

        public DateTimeOffset StartedAt { get; set; }
    }
}
