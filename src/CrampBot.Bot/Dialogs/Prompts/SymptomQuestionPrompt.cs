using System.Text.Json.Nodes;
using CrampBot.Bot.Checking;
using CrampBot.Bot.Data;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot.Dialogs.Prompts;

/// <summary>
/// Asks one symptom question and ends with the report updated by the answer. The question is kept by id and
/// worded afresh each time it is sent, so after a language switch the repeated question is in the new language.
/// A first answer it cannot read gets the question's example; a second ends with <see cref="PromptNotRecognized"/>.
/// </summary>
public sealed class SymptomQuestionPrompt : Prompt<StoredReport>
{
    private const string QuestionKey = "question";
    private const string SignsKey = "signs";

    private readonly BotTexts _texts;
    private readonly AnswerReader _reader;
    private readonly BotAccessors _accessors;

    public SymptomQuestionPrompt(BotTexts texts, AnswerReader reader, BotAccessors accessors)
        : base(nameof(SymptomQuestionPrompt))
    {
        _texts = texts;
        _reader = reader;
        _accessors = accessors;
        MaxAttempts = 2;
    }

    public static PromptOptions For(SymptomQuestion question)
    {
        var validations = new JsonObject { [QuestionKey] = question.Id };
        if (question.Signs is { } signs)
        {
            validations[SignsKey] = new JsonArray([.. signs.Select(s => (JsonNode)JsonValue.Create(s))]);
        }

        return new PromptOptions { Validations = validations };
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var question = QuestionOf(options);
        var (kind, facts) = Tag(question);
        if (question.Kind == QuestionKind.Checklist)
        {
            await turnContext.SendActivityAsync(Checklist(turnContext, question, isRetry).Asking(kind, facts), cancellationToken);
            return;
        }

        var text = _texts.Say(turnContext, isRetry ? question.RepromptKey : question.PromptKey);
        await turnContext.SendActivityAsync(Reply.Text(text, _texts.Labels(turnContext, question.ChoiceKeys)).Asking(kind, facts), cancellationToken);
    }

    /// <summary>
    /// The checklist as an Adaptive Card (a tick box per sign and a send button; card 1.0 features, so Teams and
    /// Web Chat both render it) and as plain text with the same words, with "None of these" and "Not sure".
    /// </summary>
    private Activity Checklist(ITurnContext turnContext, SymptomQuestion question, bool isRetry)
    {
        var ask = _texts.Say(turnContext, isRetry ? question.RepromptKey : question.PromptKey);
        var hint = _texts.Say(turnContext, TextKeys.CheckChecklistHint);
        var labels = question.Signs!.Select(s => (Sign: s, Label: _texts.Say(turnContext, CheckPlan.SignKey(s)))).ToList();
        var card = new AdaptiveCard().Paragraph(ask);
        foreach (var (sign, label) in labels)
        {
            card.Toggle(sign, label);
        }

        card.Note(hint).Submit(_texts.Say(turnContext, TextKeys.ChoiceSend), new JsonObject { [AnswerReader.ChecklistValueKey] = question.Id });
        var text = ask + "\n" + string.Join("\n", labels.Select(l => "- " + l.Label)) + "\n\n" + hint;
        return Reply.Card(card, text).WithChoices(_texts.Labels(turnContext, question.ChoiceKeys));
    }

    protected override async Task<PromptRecognizerResult<StoredReport>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var data = await _accessors.Conversation.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var language = TurnLanguage.Of(turnContext).Language;
        var updated = _reader.Read(QuestionOf(options), turnContext.Activity.Text, turnContext.Activity.Value, language, data.Report.ToReport());
        return updated is null
            ? PromptRecognizerResult<StoredReport>.Failed
            : new PromptRecognizerResult<StoredReport>(true, StoredReport.From(updated));
    }

    private static (string Kind, IReadOnlyList<string> Facts) Tag(SymptomQuestion question) => question.Kind switch
    {
        QuestionKind.Frequency => (QuestionTag.Frequency, [Core.Triage.Facts.FrequencyPerWeek]),
        QuestionKind.Duration => (QuestionTag.Duration, [Core.Triage.Facts.EpisodeMinutes]),
        QuestionKind.Location => (QuestionTag.Location, QuestionPlanner.LocationFacts),
        QuestionKind.Medicines => (QuestionTag.Choice, QuestionPlanner.MedicineFacts),
        QuestionKind.Checklist => (QuestionTag.Checklist, question.Signs!),
        _ => (QuestionTag.YesNo, [question.Fact!]),
    };

    private static SymptomQuestion QuestionOf(PromptOptions options) =>
        SymptomQuestion.FromId(
            options.Validations?[QuestionKey]?.GetValue<string>() ?? throw new InvalidOperationException("SymptomQuestionPrompt started without a question."),
            (options.Validations?[SignsKey] as JsonArray)?.Select(s => s!.GetValue<string>()).ToList());
}
