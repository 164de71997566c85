using CrampBot.Bot.Checking;
using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs.Prompts;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Dialogs;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// The symptom check: starts from everything the user has said so far (one message may answer most of it), asks
/// only what is still unknown and could change the advice, one question per turn, most urgent first, and ends
/// with the advice. A stated red flag ends it at once: the advice goes out and nothing more is asked.
/// </summary>
/// <remarks>
/// A two-step waterfall that loops (the <c>ReviewSelectionDialog</c> pattern): ask the next question, read the
/// answer, replace itself. The questions asked are kept in the conversation's data, so none is asked twice, even
/// when a red flag restarts the check to ask the emergency signs. The order is <see cref="QuestionPlanner"/>'s.
/// </remarks>
public sealed class SymptomCheckDialog : ComponentDialog
{
    private const string LoopId = nameof(SymptomCheckDialog) + ".loop";

    private readonly BotTexts _texts;
    private readonly BotAccessors _accessors;
    private readonly Advisor _advisor;

    public SymptomCheckDialog(BotTexts texts, BotAccessors accessors, AnswerReader reader, Advisor advisor)
        : base(nameof(SymptomCheckDialog))
    {
        _texts = texts;
        _accessors = accessors;
        _advisor = advisor;
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, AnswerStepAsync]));
        AddDialog(new SymptomQuestionPrompt(texts, reader, accessors));
        InitialDialogId = LoopId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var data = await _accessors.Conversation.GetAsync(innerDc.Context, () => new ConversationData(), cancellationToken);
        var report = data.Report.ToReport();
        var language = TurnLanguage.Of(innerDc.Context).Language;
        var start = DialogJson.Convert<CheckStart>(options) ?? new CheckStart();
        if (!start.RedFlag)
        {
            // A check asked for afresh asks again what the user was not sure of; one begun by a red flag goes on.
            data.CheckAsked = [];
        }

        var intro = _texts.Say(innerDc.Context, start.RedFlag ? TextKeys.CheckIntroRedFlag : start.AfterStretch ? TextKeys.StretchCheckAfter : TextKeys.CheckIntro);
        var known = _texts.Stated(report, language);
        if (known.Count > 0 && !start.RedFlag)
        {
            intro += "\n\n" + _texts.Say(innerDc.Context, TextKeys.CheckKnown, ("facts", _texts.JoinList(known, language)));
        }

        await innerDc.Context.SendActivityAsync(Reply.Text(intro), cancellationToken);
        return await innerDc.BeginDialogAsync(LoopId, new CheckProgress(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<CheckProgress>() ?? new CheckProgress();
        var data = await _accessors.Conversation.GetAsync(step.Context, () => new ConversationData(), cancellationToken);
        var report = data.Report.ToReport();
        var advice = _texts.Rules.Assess(report);

        // A red flag the user has stated (not merely "not sure") ends the check: no further questions.
        var question = QuestionPlanner.Next(report, advice, data.CheckAsked.ToHashSet(StringComparer.Ordinal), _texts.Rules.Rules);
        if (question is null)
        {
            var final = await _advisor.SendAsync(step.Context, report, cancellationToken);
            return await step.EndDialogAsync(final.Level.ToName(), cancellationToken);
        }

        step.Values.Set("question", question.Id);
        step.Values.Set("signs", question.Signs?.ToList() ?? []);
        if (question.Kind != QuestionKind.Checklist)
        {
            // A checklist needs no record: every answer it reads settles all its signs, so it is not asked again;
            // one interrupted by something else (a red flag said instead) is shown again.
            data.CheckAsked.Add(question.Id);
        }
        step.Values.Set(nameof(CheckProgress), progress);
        return await step.PromptAsync(nameof(SymptomQuestionPrompt), SymptomQuestionPrompt.For(question), cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Values.Get<CheckProgress>(nameof(CheckProgress)) ?? new CheckProgress();
        var data = await _accessors.Conversation.GetAsync(step.Context, () => new ConversationData(), cancellationToken);
        if (step.NotRecognized)
        {
            // Two answers we could not read: count it as "not sure" (a red flag stays not ruled out) and move on.
            var question = SymptomQuestion.FromId(step.Values.Get<string>("question")!, step.Values.Get<List<string>>("signs"));
            data.Report = StoredReport.From(GiveUp(question, data.Report.ToReport()));
            await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, TextKeys.CheckGaveUp)), cancellationToken);
        }
        else if (step.GetResult<StoredReport>() is { } answered)
        {
            data.Report = answered;
        }

        return await step.ReplaceDialogAsync(LoopId, progress, cancellationToken);
    }

    private static SymptomReport GiveUp(SymptomQuestion question, SymptomReport report) => question.Kind switch
    {
        QuestionKind.Frequency => report.With(Facts.FrequencyPerWeek, FactValue.DontKnow),
        QuestionKind.Duration => report.With(Facts.EpisodeMinutes, FactValue.DontKnow),
        QuestionKind.YesNo => report.With(question.Fact!, FactValue.DontKnow),
        QuestionKind.Checklist => question.Signs!.Where(s => report[s] == FactValue.Unstated).Aggregate(report, (r, s) => r.With(s, FactValue.DontKnow)),
        _ => report,
    };

    /// <summary>How the check was started: by a red flag (only the emergency signs are left to ask) or after a stretch.</summary>
    public sealed class CheckStart
    {
        public bool RedFlag { get; set; }

        public bool AfterStretch { get; set; }
    }

    /// <summary>What the loop carries from one question to the next (the questions asked live in ConversationData).</summary>
    public sealed class CheckProgress
    {
        public List<string> Asked { get; set; } = [];
    }
}
