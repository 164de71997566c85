using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs.Prompts;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Dialogs;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// A cramp happening now: no questions first, one short step per message with "Done" / "Still hurts" and the real
/// time since the walkthrough started (kept with the dialog, so it survives turns and restarts). Ten minutes by the
/// clock, or every step without relief, brings the see-a-doctor-today advice (RF-04). Once the cramp has eased, the
/// dialog ends with <see cref="EasedResult"/> and the symptom check follows, emergency signs first.
/// </summary>
public sealed class StretchNowDialog : ComponentDialog
{
    /// <summary>The result when the cramp has eased: the caller starts the symptom check.</summary>
    public const string EasedResult = "eased";

    private const string StepsId = nameof(StretchNowDialog) + ".steps";

    private readonly BotTexts _texts;
    private readonly BotAccessors _accessors;
    private readonly Advisor _advisor;
    private readonly TimeProvider _time;

    public StretchNowDialog(BotTexts texts, BotAccessors accessors, Advisor advisor, TimeProvider time)
        : base(nameof(StretchNowDialog))
    {
        _texts = texts;
        _accessors = accessors;
        _advisor = advisor;
        _time = time;
        AddDialog(new WaterfallDialog(StepsId, [ShowStepAsync, StepResultAsync]));
        AddDialog(new StretchStepPrompt(texts, time));
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
        return await step.PromptAsync(nameof(StretchStepPrompt), StretchStepPrompt.For(progress.Step, progress.Shin, progress.StartedAt), cancellationToken);
    }

    private async Task<DialogTurnResult> StepResultAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Values.Get<StretchProgress>(nameof(StretchProgress))!;
        var eased = !step.NotRecognized && step.GetResult<bool>();
        if (eased)
        {
            await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, TextKeys.StretchEased)), cancellationToken);
            return await step.EndDialogAsync(EasedResult, cancellationToken);
        }

        // The real time since the walkthrough started, from the clock, never the steps' nominal length.
        var minutes = (int)Math.Floor((_time.GetUtcNow() - progress.StartedAt).TotalMinutes);
        var steps = StretchPlan.Steps(progress.Shin);
        if (minutes >= StretchPlan.EscalateAfterMinutes)
        {
            return await EscalateAsync(step, _texts.Say(step.Context, TextKeys.StretchTooLong, ("minutes", minutes)), minutes, cancellationToken);
        }

        if (progress.Step + 1 >= steps.Count)
        {
            return await EscalateAsync(step, _texts.Say(step.Context, TextKeys.StretchAllSteps), StretchPlan.EscalateAfterMinutes, cancellationToken);
        }

        var next = new StretchProgress { Step = progress.Step + 1, Shin = progress.Shin, StartedAt = progress.StartedAt };
        return await step.ReplaceDialogAsync(StepsId, next, cancellationToken);
    }

    /// <summary>
    /// Ten minutes, or every step, and still hurting: not a typical cramp (RF-04, "does not ease with stretching").
    /// The advice is the last word; nothing more is asked.
    /// </summary>
    private async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, string why, int minutes, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Reply.Text(why), cancellationToken);
        var data = await _accessors.Conversation.GetAsync(step.Context, () => new ConversationData(), cancellationToken);
        var report = data.Report.ToReport().WithNumber(Facts.EpisodeMinutes, NumberRange.AtLeast(minutes + 0.5));
        data.Report = StoredReport.From(report);
        await _advisor.SendAsync(step.Context, report, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Where the walkthrough stands: the step shown, which variant, and when it started (stored with the dialog).</summary>
    public sealed class StretchProgress
    {
        public int Step { get; set; }

        /// <summary>A cramp at the front of the shin: point the toes instead of pulling them up.</summary>
        public bool Shin { get; set; }

        public DateTimeOffset StartedAt { get; set; }
    }
}
