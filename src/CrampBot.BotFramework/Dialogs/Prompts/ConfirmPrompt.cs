using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question and ends with a bool. Understands English and Chinese answers in either locale
/// (是 / 是的 / 对 / 嗯 / 有 … and 不 / 不是 / 没有 / 否 …), the button titles, and "1"/"2" for the buttons'
/// positions. Buttons are "Yes"/"No" in English and "是"/"否" in Chinese unless <see cref="ConfirmChoices"/> says otherwise.
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    // Longest first, so "不是" is read before "是", "没错" before "没", and "not really" before "not". A null value
    // marks "I don't know" answers, which begin like a "no" (不知道, no idea) but are neither.
    private static readonly (string Phrase, bool? Value)[] Phrases =
    [
        .. new[] { "not sure", "i don't know", "i do not know", "don't know", "dunno", "no idea", "maybe", "not certain" }
            .Select(p => (p, (bool?)null)),
        .. new[] { "不知道", "不清楚", "不确定", "不一定", "说不准", "不好说", "不记得", "记不清", "也许", "可能" }
            .Select(p => (p, (bool?)null)),
        .. new[] { "yes", "y", "yeah", "yep", "yup", "yea", "sure", "ok", "okay", "of course", "correct", "right", "true", "i do", "i have", "absolutely", "definitely", "indeed" }
            .Select(p => (p, (bool?)true)),
        .. new[] { "no", "n", "nope", "nah", "not really", "not", "never", "false", "i don't", "i do not", "i haven't", "none", "negative" }
            .Select(p => (p, (bool?)false)),
        .. new[] { "是", "是的", "对", "对的", "嗯", "嗯嗯", "好", "好的", "有", "有的", "有过", "会", "要", "可以", "行", "当然", "没错", "确定", "确实" }
            .Select(p => (p, (bool?)true)),
        .. new[] { "不", "不是", "否", "不对", "没有", "没", "无", "不要", "不会", "不用", "不行", "从不", "从来没有", "没事", "算了" }
            .Select(p => (p, (bool?)false)),
    ];

    private static readonly (string Phrase, bool? Value)[] ByLength = [.. Phrases.OrderByDescending(p => p.Phrase.Length)];

    /// <summary>The two buttons (yes first); null for the locale's default.</summary>
    public (Choice Yes, Choice No)? ConfirmChoices { get; init; }

    /// <summary>The layout of the yes/no buttons.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Recognises a yes/no answer in English or Chinese; null when it is neither.</summary>
    public static bool? RecognizeYesNo(string? text)
    {
        var normalized = PromptText.Normalize(text);
        foreach (var (phrase, value) in ByLength)
        {
            if (PromptText.StartsWithPhrase(normalized, phrase))
            {
                return value;
            }
        }

        return null;
    }

    protected override Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options)
    {
        var locale = LocaleFor(turnContext);
        var (yes, no) = ChoicesFor(locale);
        return ChoiceFactory.Apply(prompt, [yes, no], options.Style ?? Style, locale);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        var (yes, no) = ChoicesFor(LocaleFor(turnContext));
        var value = ChoiceRecognizer.Recognize(text, [yes, no]) is { Score: >= 0.9 } picked
            ? picked.Index == 0
            : RecognizeYesNo(text);
        return Task.FromResult(value is { } answer ? new PromptRecognizerResult<bool>(true, answer) : PromptRecognizerResult<bool>.Failed);
    }

    private (Choice Yes, Choice No) ChoicesFor(string locale) =>
        ConfirmChoices ?? (PromptText.IsChinese(locale) ? (new Choice("是"), new Choice("否")) : (new Choice("Yes"), new Choice("No")));
}
