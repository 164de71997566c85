using System.Text.Json.Nodes;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Dialogs.Prompts;

/// <summary>
/// A yes / no / not-sure question worded by message keys, in the turn's language each time it is sent.
/// Accepts typed answers in either language and the quick-reply labels. Ends with a <see cref="FactValue"/>.
/// </summary>
public sealed class YesNoPrompt : Prompt<FactValue>
{
    private readonly BotTexts _texts;
    private readonly AnswerWords _words;

    public YesNoPrompt(BotTexts texts)
        : base(nameof(YesNoPrompt))
    {
        _texts = texts;
        _words = new AnswerWords(texts);
        MaxAttempts = 2;
    }

    /// <param name="promptKey">The question.</param>
    /// <param name="yesKey">The label of the "yes" quick reply.</param>
    /// <param name="noKey">The label of the "no" quick reply.</param>
    /// <param name="notSure">Whether "not sure" is offered.</param>
    /// <param name="kind">The <see cref="QuestionTag"/> kind: a yes/no question or an offer.</param>
    /// <param name="facts">The facts the answer sets, for the <see cref="QuestionTag"/>.</param>
    public static PromptOptions For(
        string promptKey,
        string yesKey = TextKeys.ChoiceYes,
        string noKey = TextKeys.ChoiceNo,
        bool notSure = true,
        string kind = QuestionTag.YesNo,
        params IEnumerable<string> facts) => new()
    {
        Validations = new JsonObject
        {
            ["prompt"] = promptKey, ["yes"] = yesKey, ["no"] = noKey, ["notSure"] = notSure, ["kind"] = kind,
            ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)JsonValue.Create(f))]),
        },
    };

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var v = options.Validations!;
        var text = _texts.Say(turnContext, v["prompt"]!.GetValue<string>());
        if (isRetry)
        {
            text = _texts.Say(turnContext, TextKeys.CheckRepromptYesNo) + "\n\n" + text;
        }

        var choices = new List<string> { v["yes"]!.GetValue<string>(), v["no"]!.GetValue<string>() };
        if (v["notSure"]?.GetValue<bool>() == true)
        {
            choices.Add(TextKeys.ChoiceNotSure);
        }

        var facts = (v["facts"] as JsonArray)?.Select(f => f!.GetValue<string>()) ?? [];
        var activity = Reply.Text(text, _texts.Labels(turnContext, choices)).Asking(v["kind"]?.GetValue<string>() ?? QuestionTag.YesNo, facts);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FactValue>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        var v = options.Validations!;
        FactValue? value = IsLabel(text, v["yes"]!.GetValue<string>()) ? FactValue.Yes
            : IsLabel(text, v["no"]!.GetValue<string>()) ? FactValue.No
            : _words.YesNo(text);
        return Task.FromResult(value is { } answer
            ? new PromptRecognizerResult<FactValue>(true, answer)
            : PromptRecognizerResult<FactValue>.Failed);
    }

    private bool IsLabel(string? text, string key)
    {
        var cleaned = ShortAnswers.Clean(text);
        return Locales.All.Any(l => ShortAnswers.Clean(_texts.Get(key, l)) == cleaned);
    }
}
