using System.Text.RegularExpressions;
using CrampBot.Bot.Checking;
using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs.Prompts;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Intents;
using CrampBot.Core.Understanding.Intents;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// The root dialog. Every message passes its interruption seam first: the red-flag scan (a new red flag ends
/// whatever is running and sends the escalation advice), then the global commands (help, cancel, start over,
/// language, delete my data). Otherwise a fresh message is routed by intent: the stretch walkthrough, the
/// symptom check, a short answer, or one clarifying question when the intent is unclear.
/// </summary>
public sealed partial class MainDialog : ComponentDialog
{
    private const string RouteId = nameof(MainDialog) + ".route";
    private const string PendingKey = "pending";
    private const string DeletePending = "delete";
    private const string OfferCheck = "check";
    private const string OfferClarify = "clarify";

    /// <summary>How many facts make a message a description of symptoms rather than a question.</summary>
    private const int DescriptionFacts = 3;

    private readonly BotTexts _texts;
    private readonly BotAccessors _accessors;
    private readonly ISymptomReader _symptoms;
    private readonly Advisor _advisor;
    private readonly AnswerReplies _answers;
    private readonly IntentRouter _router;
    private readonly AnswerWords _words;

    public MainDialog(
        BotTexts texts,
        BotAccessors accessors,
        ISymptomReader symptoms,
        Advisor advisor,
        AnswerReplies answers,
        IntentRouter router,
        SymptomCheckDialog symptomCheck,
        StretchNowDialog stretchNow)
        : base(nameof(MainDialog))
    {
        _texts = texts;
        _accessors = accessors;
        _symptoms = symptoms;
        _advisor = advisor;
        _answers = answers;
        _router = router;
        _words = new AnswerWords(texts);
        AddDialog(new WaterfallDialog(RouteId, [RouteStepAsync, AfterChildStepAsync]));
        AddDialog(symptomCheck);
        AddDialog(stretchNow);
        AddDialog(new YesNoPrompt(texts));
        InitialDialogId = RouteId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        await ScanForRedFlagsAsync(innerDc, cancellationToken) ?? await base.OnBeginDialogAsync(innerDc, options, cancellationToken);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        await ScanForRedFlagsAsync(innerDc, cancellationToken)
        ?? await HandleCommandAsync(innerDc, cancellationToken)
        ?? await AnswerSideQuestionAsync(innerDc, cancellationToken)
        ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);

    /// <summary>
    /// A question asked in the middle of a step ("how do I stop them coming back?" during the walkthrough): it is
    /// answered, and the step is shown again. Only a message shaped like a question counts, so an answer that
    /// mentions a topic ("I take a statin") still answers the step. Null: not a side question.
    /// </summary>
    private async Task<DialogTurnResult?> AnswerSideQuestionAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var text = context.Activity.Text;
        if (innerDc.ActiveDialog is null || !GeneralQuestion.IsQuestionShaped(text))
        {
            return null;
        }

        var intent = _router.Recognize(text);
        if (intent.Band != IntentBand.Confident || !AnswerReplies.Handles(intent.Intent))
        {
            return null;
        }

        var data = await _accessors.Conversation.GetAsync(context, () => new ConversationData(), cancellationToken);
        await context.SendActivityAsync(_answers.Build(context, intent.Intent, data.Report.ToReport(), offer: false), cancellationToken);
        await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.BackToStep)), cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>
    /// Reads the message's symptom facts into the conversation's report (so later questions are not asked again)
    /// and, when they add a red flag, ends every dialog and sends the escalation advice. Null: carry on.
    /// </summary>
    private async Task<DialogTurnResult?> ScanForRedFlagsAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        // Only what the user states counts: "can statins cause cramps?" adds nothing, but a story that ends in a
        // question ("…his foot is cold and white. what do I do?") is read up to the question.
        var statements = activity.IsType(ActivityTypes.Message) ? GeneralQuestion.Statements(activity.Text) : string.Empty;
        if (statements.Length == 0 || activity.Text is null)
        {
            return null;
        }

        var data = await _accessors.Conversation.GetAsync(innerDc.Context, () => new ConversationData(), cancellationToken);
        var before = data.Report.ToReport();
        var said = _symptoms.Read(statements, TurnLanguage.Of(innerDc.Context).Language);
        var after = before.Merge(said);
        if (after.Flags == before.Flags && after.Numbers == before.Numbers)
        {
            // Nothing new was stated ("no", "calf" said again): the rules are a function of the report, so no new
            // red flag can have appeared, and the stored report stays as it is.
            return null;
        }

        data.Report = StoredReport.From(after);

        // Most turns fire no red flag at all; only then is it worth asking which of them are new.
        var redFlagsAfter = RedFlags(after);
        List<string> added = redFlagsAfter.Count == 0 ? [] : redFlagsAfter.Except(RedFlags(before), StringComparer.Ordinal).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        var context = innerDc.Context;
        var assessment = _texts.Rules.Assess(after);
        var stated = assessment.StatedLevel;
        var prolongedOnly = added.All(id => _texts.Rules.Rules.First(r => r.Id == id).When.FactNames.Contains(Facts.EpisodeMinutes));
        if (stated < TriageLevel.Emergency && prolongedOnly && IsCrampNow(innerDc, activity.Text))
        {
            // A cramp happening now that has already lasted more than 10 minutes: the stretch and "get seen today" at once.
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            var stretch = _texts.Say(context, TextKeys.StretchIntroLong) + "\n\n" + _texts.Say(context, StretchPlan.Steps(Shin().IsMatch(activity.Text))[0]);
            await context.SendActivityAsync(Reply.Text(stretch), cancellationToken);
            await _advisor.SendAsync(context, after, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        if (stated < TriageLevel.Emergency && QuestionPlanner.Next(after, assessment, data.CheckAsked.ToHashSet(StringComparer.Ordinal), _texts.Rules.Rules) is not null)
        {
            // A see-a-doctor-soon sign: before the advice, rule out the emergency signs (one checklist).
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await innerDc.BeginDialogAsync(nameof(SymptomCheckDialog), new SymptomCheckDialog.CheckStart { RedFlag = true }, cancellationToken);
        }

        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await _advisor.SendAsync(context, after, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>A cramp happening now: the walkthrough is running, or this message says so.</summary>
    private bool IsCrampNow(DialogContext innerDc, string text) =>
        innerDc.ActiveDialog?.Id == nameof(StretchNowDialog) || _router.Recognize(text) is { Intent: Intent.CrampNow, Band: IntentBand.Confident };

    /// <summary>Rules at "see a doctor soon" or above that fire on what the user has stated.</summary>
    private HashSet<string> RedFlags(SymptomReport report) =>
        _texts.Rules.Fired(report).Where(r => r.Level >= TriageLevel.SeeDoctorSoon).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    private static bool DiscardsAnswers(Intent intent) => intent is Intent.Cancel or Intent.StartOver or Intent.DeleteData;

    /// <summary>
    /// Help, cancel, start over, language and delete work in the middle of anything, and so does a cramp happening
    /// now. Null: not a command.
    /// </summary>
    private async Task<DialogTurnResult?> HandleCommandAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var intent = _router.Recognize(context.Activity.Text);
        if (intent.Band != IntentBand.Confident)
        {
            return null;
        }

        // A cramp starting in the middle of something else: the stretch comes first, the rest can wait.
        if (intent.Intent == Intent.CrampNow && innerDc.ActiveDialog?.Id != nameof(StretchNowDialog))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await innerDc.BeginDialogAsync(RouteId, new RouteOptions { Intent = Intent.CrampNow }, cancellationToken);
        }

        if (!IntentRouter.IsCommand(intent.Intent))
        {
            return null;
        }

        // While a question waits for its answer, only the exact command words may throw the answers away: a model's
        // guess ("刚开始", "just started", read as "start over") goes to the question, which can read it or reprompt.
        if (innerDc.ActiveDialog is not null && intent.Source == IntentSource.Model && DiscardsAnswers(intent.Intent))
        {
            return null;
        }

        switch (intent.Intent)
        {
            case Intent.Help:
                await SendHelpAsync(context, WhereKey(innerDc), choices: null, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;

            case Intent.ChangeLanguage:
                await SwitchLanguageAsync(context, intent.LanguageTarget, cancellationToken);
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.LanguageSwitched)), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;

            case Intent.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.CancelDone), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case Intent.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await StartOverAsync(context, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            default:
                // Delete my data: leave what was running and ask for confirmation first.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(RouteId, new RouteOptions { Intent = Intent.DeleteData }, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var text = context.Activity.Text ?? string.Empty;
        var forced = step.GetOptions<RouteOptions>()?.Intent;
        var result = forced is { } f ? new IntentResult(f, 1.0, []) : _router.Recognize(text);
        var data = await _accessors.Conversation.GetAsync(context, () => new ConversationData(), cancellationToken);
        var offer = data.Offer;
        data.Offer = null;
        var notUnderstoodBefore = data.NotUnderstood;
        data.NotUnderstood = 0;

        // An offer the bot made ("shall I check your symptoms?"), or its clarifying question, answered yes / no / not sure.
        if (forced is null && offer is not null && _words.YesNo(text) is { } reply && !DescribesSymptoms(text, context))
        {
            if (reply == FactValue.Yes || (offer == OfferClarify && reply == FactValue.DontKnow))
            {
                if (offer == OfferClarify && reply == FactValue.DontKnow)
                {
                    return await OfferCheckAsync(step, TextKeys.ClarifyUnsure, cancellationToken);
                }

                return await step.BeginDialogAsync(nameof(SymptomCheckDialog), null, cancellationToken);
            }

            await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.OfferDeclined), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // A message that describes the cramps in some detail ("twice a week, a minute or two, no swelling") is a
        // symptom check whatever topic words it also contains.
        if (forced is null && !IntentRouter.IsCommand(result.Intent) && result.Intent != Intent.CrampNow && DescribesSymptoms(text, context))
        {
            return await step.BeginDialogAsync(nameof(SymptomCheckDialog), null, cancellationToken);
        }

        if (result.Band == IntentBand.Unsure)
        {
            var options = result.Candidates.Select(c => "conv.intent." + c.Intent).Where(_texts.Has).Take(3).ToList();
            await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.ClarifyAsk), _texts.Labels(context, options)).Asking(QuestionTag.Choice), cancellationToken);
            data.Offer = OfferClarify;
            return await step.EndDialogAsync(null, cancellationToken);
        }

        switch (result.Intent)
        {
            case Intent.CrampNow:
                return await step.BeginDialogAsync(nameof(StretchNowDialog), new StretchNowDialog.StretchProgress { Shin = Shin().IsMatch(text) }, cancellationToken);

            case Intent.SymptomCheck:
                return await step.BeginDialogAsync(nameof(SymptomCheckDialog), null, cancellationToken);

            case var q when AnswerReplies.Handles(q):
                if (data.LastAnswer == q.ToString())
                {
                    // The same answer again would not help: offer the check instead (no reply goes out three times).
                    data.LastAnswer = null;
                    return await OfferCheckAsync(step, TextKeys.AnswerAgain, cancellationToken);
                }

                await context.SendActivityAsync(_answers.Build(context, q, data.Report.ToReport()), cancellationToken);
                data.Offer = OfferCheck;
                data.LastAnswer = q.ToString();
                return await step.EndDialogAsync(null, cancellationToken);

            case Intent.Help:
                await SendHelpAsync(context, TextKeys.HelpWhereNone, _texts.MainChoices(context), cancellationToken);
                break;

            case Intent.Cancel:
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.CancelNothing), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                break;

            case Intent.StartOver:
                await StartOverAsync(context, cancellationToken);
                break;

            case Intent.ChangeLanguage:
                await SwitchLanguageAsync(context, result.LanguageTarget, cancellationToken);
                var switched = _texts.Say(context, TextKeys.LanguageSwitched) + "\n\n" + _texts.Say(context, TextKeys.WelcomePrompt);
                await context.SendActivityAsync(Reply.Text(switched, _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                break;

            case Intent.DeleteData:
                step.Values.Set(PendingKey, DeletePending);
                return await step.PromptAsync(
                    nameof(YesNoPrompt),
                    YesNoPrompt.For(TextKeys.DeleteConfirm, TextKeys.ChoiceDeleteYes, TextKeys.ChoiceDeleteNo, notSure: false),
                    cancellationToken);

            case Intent.Greeting:
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.SmallTalkGreeting), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                break;

            case Intent.Thanks:
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.SmallTalkThanks)), cancellationToken);
                break;

            case Intent.Goodbye:
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.SmallTalkGoodbye)), cancellationToken);
                break;

            case Intent.OutOfScope:
                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.OutOfScope), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                break;

            default:
                // Nothing recognised, but symptoms described ("every night, about two minutes"): that is a symptom check.
                if (_symptoms.Read(text, TurnLanguage.Of(context).Language) is { } said && (said.Flags.Count > 0 || said.Numbers.Count > 0))
                {
                    return await step.BeginDialogAsync(nameof(SymptomCheckDialog), null, cancellationToken);
                }

                // Not understood: one reply with examples; the second time running, an offer of the check with a way out.
                data.NotUnderstood = notUnderstoodBefore + 1;
                if (data.NotUnderstood % 2 == 0)
                {
                    return await OfferCheckAsync(step, TextKeys.NotUnderstoodAgain, cancellationToken);
                }

                await context.SendActivityAsync(Reply.Text(_texts.Say(context, TextKeys.NotUnderstood), _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
                break;
        }

        data.LastAnswer = null;
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Offers the symptom check (yes / no), after <paramref name="leadKey"/>; the answer is read by the route step.</summary>
    private async Task<DialogTurnResult> OfferCheckAsync(WaterfallStepContext step, string leadKey, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var data = await _accessors.Conversation.GetAsync(context, () => new ConversationData(), cancellationToken);
        var text = _texts.Say(context, leadKey) + "\n\n" + _texts.Say(context, TextKeys.OfferCheck);
        var choices = _texts.Labels(context, TextKeys.ChoiceYes, TextKeys.ChoiceNo, TextKeys.ChoiceWhy, TextKeys.ChoiceNow, TextKeys.ChoiceHelp);
        await context.SendActivityAsync(Reply.Text(text, choices).Asking(QuestionTag.Offer), cancellationToken);
        data.Offer = OfferCheck;
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private bool DescribesSymptoms(string text, ITurnContext context)
    {
        var said = _symptoms.Read(text, TurnLanguage.Of(context).Language);
        return said.Flags.Count + said.Numbers.Count >= DescriptionFacts;
    }

    private async Task<DialogTurnResult> AfterChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.Get<string>(PendingKey) == DeletePending)
        {
            var confirmed = !step.NotRecognized && step.GetResult<FactValue>() == FactValue.Yes;
            if (confirmed)
            {
                // Everything goes: the user's profile, this conversation and any other conversation they own.
                await _accessors.UserState.DeleteUserDataAsync(step.Context, cancellationToken);
                await _accessors.ConversationState.DeleteAsync(step.Context, cancellationToken);
            }

            var key = confirmed ? TextKeys.DeleteDone : TextKeys.DeleteKept;
            await step.Context.SendActivityAsync(Reply.Text(_texts.Say(step.Context, key), _texts.MainChoices(step.Context)).Asking(QuestionTag.Choice), cancellationToken);
        }
        else if (step.Result is string result && result == StretchNowDialog.EasedResult)
        {
            // The cramp has eased: now the check, emergency signs first, with what was said already filled in.
            return await step.BeginDialogAsync(nameof(SymptomCheckDialog), new SymptomCheckDialog.CheckStart { AfterStretch = true }, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task SendHelpAsync(ITurnContext context, string whereKey, IReadOnlyList<string>? choices, CancellationToken cancellationToken)
    {
        var text = string.Join("\n\n", _texts.Say(context, TextKeys.HelpIntro), _texts.Say(context, TextKeys.HelpCommands), _texts.Say(context, whereKey));
        await context.SendActivityAsync(Reply.Text(text, choices), cancellationToken);
    }

    private async Task StartOverAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var data = await _accessors.Conversation.GetAsync(context, () => new ConversationData(), cancellationToken);
        data.Report = new StoredReport();
        data.CheckAsked = [];
        var text = _texts.Say(context, TextKeys.StartOverDone) + "\n\n" + _texts.Say(context, TextKeys.WelcomePrompt);
        await context.SendActivityAsync(Reply.Text(text, _texts.MainChoices(context)).Asking(QuestionTag.Choice), cancellationToken);
    }

    /// <summary>Keeps the choice for this user and answers in it from this message on.</summary>
    private async Task SwitchLanguageAsync(ITurnContext context, string? target, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(context);
        var chosen = target ?? LanguagePicker.Other(language.Language);
        var profile = await _accessors.Profile.GetAsync(context, () => new UserProfile(), cancellationToken);
        profile.Language = chosen;
        language.Language = chosen;
        language.SetOn(context);
    }

    private static string WhereKey(DialogContext innerDc) => innerDc.ActiveDialog?.Id switch
    {
        nameof(SymptomCheckDialog) => TextKeys.HelpWhereCheck,
        nameof(StretchNowDialog) => TextKeys.HelpWhereStretch,
        nameof(YesNoPrompt) => TextKeys.HelpWhereConfirm,
        _ => TextKeys.HelpWhereNone,
    };

    [GeneratedRegex(@"\bshin\b|front of (my|the) (lower )?leg|胫|小腿前|迎面骨", RegexOptions.IgnoreCase)]
    private static partial Regex Shin();

    /// <summary>Options for the route step: an intent decided already (a command that needs a question).</summary>
    public sealed class RouteOptions
    {
        public Intent? Intent { get; set; }
    }
}
