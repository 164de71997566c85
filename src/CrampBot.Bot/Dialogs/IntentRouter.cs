using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.Core.Content;
using CrampBot.Core.Intents;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// What the user wants from a message: a quick-reply label (in either language) maps straight to its intent;
/// anything typed goes to the <see cref="IntentRecognizer"/>.
/// </summary>
public sealed class IntentRouter
{
    private readonly Dictionary<string, IntentResult> _labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _answers = new(StringComparer.Ordinal);

    public IntentRouter(BotTexts texts)
    {
        var fixedLabels = new (string Key, Intent Intent)[]
        {
            (TextKeys.ChoiceWhy, Intent.WhyCramps),
            (TextKeys.ChoiceNow, Intent.CrampNow),
            (TextKeys.ChoiceCheck, Intent.SymptomCheck),
            (TextKeys.ChoicePrevent, Intent.Prevention),
            (TextKeys.ChoiceLanguage, Intent.ChangeLanguage),
            (TextKeys.ChoiceHelp, Intent.Help),
            (TextKeys.ChoiceStretches, Intent.Stretches),
            (TextKeys.ChoiceMagnesium, Intent.Magnesium),
            (TextKeys.ChoiceCalcium, Intent.Calcium),
        };
        var intentLabels = Enum.GetValues<Intent>()
            .Select(i => ("conv.intent." + i, i))
            .Where(p => texts.Has(p.Item1));
        foreach (var (key, intent) in fixedLabels.Concat(intentLabels))
        {
            foreach (var locale in Locales.All)
            {
                _labels[ShortAnswers.Clean(texts.Get(key, locale))] = new IntentResult(intent, 1.0, [new IntentCandidate(intent, 1.0)]);
            }
        }

        // Every other quick-reply label is an answer to a question ("不用了", "Yes, delete everything"), never a command.
        var answerKeys = texts.Content.Messages.Keys.Where(k => k.StartsWith("reply.", StringComparison.Ordinal))
            .Concat(TextKeys.All.Where(k => k.StartsWith("conv.choice.", StringComparison.Ordinal)));
        foreach (var key in answerKeys)
        {
            foreach (var locale in Locales.All)
            {
                var label = ShortAnswers.Clean(texts.Get(key, locale));
                if (!_labels.ContainsKey(label))
                {
                    _answers.Add(label);
                }
            }
        }
    }

    public IntentResult Recognize(string? text)
    {
        var cleaned = ShortAnswers.Clean(text);
        if (_labels.TryGetValue(cleaned, out var label))
        {
            return label;
        }

        return _answers.Contains(cleaned) ? IntentResult.Nothing : IntentRecognizer.Recognize(text);
    }

    /// <summary>The global commands that interrupt any dialog.</summary>
    public static bool IsCommand(Intent intent) =>
        intent is Intent.Help or Intent.Cancel or Intent.StartOver or Intent.ChangeLanguage or Intent.DeleteData;
}
