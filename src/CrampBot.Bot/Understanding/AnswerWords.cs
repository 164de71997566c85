using CrampBot.Bot.Texts;
using CrampBot.Core.Content;
using CrampBot.Core.Intents;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Understanding;

/// <summary>
/// Yes, no and not sure in the forms people use, in both languages: the quick-reply labels of either language,
/// the short forms of <see cref="ShortAnswers"/> ("nah", "yep", "没有没有", "说不好"), and otherwise the intent
/// classifier's Yes / No / Unsure intents (trained on dialogs/understanding/), so every prompt reads them alike.
/// </summary>
public sealed class AnswerWords(BotTexts texts)
{
    /// <summary>Yes, No, DontKnow, or null when the message is none of them.</summary>
    public FactValue? YesNo(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsLabel(text, TextKeys.ChoiceYes))
        {
            return FactValue.Yes;
        }

        if (IsLabel(text, TextKeys.ChoiceNo) || IsLabel(text, TextKeys.ChoiceNone))
        {
            return FactValue.No;
        }

        if (IsLabel(text, TextKeys.ChoiceNotSure))
        {
            return FactValue.DontKnow;
        }

        if (ShortAnswers.YesNo(text) is { } value)
        {
            return value;
        }

        var intent = IntentRecognizer.Recognize(text);
        return intent.Band != IntentBand.Confident ? null : intent.Intent switch
        {
            Intent.Yes => FactValue.Yes,
            Intent.No => FactValue.No,
            Intent.Unsure => FactValue.DontKnow,
            _ => null,
        };
    }

    public bool IsLabel(string? text, string key)
    {
        var cleaned = ShortAnswers.Clean(text);
        return cleaned.Length > 0 && Locales.All.Any(l => ShortAnswers.Clean(texts.Get(key, l)) == cleaned);
    }
}
