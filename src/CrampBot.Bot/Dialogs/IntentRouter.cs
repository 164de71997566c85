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
    }

    public IntentResult Recognize(string? text) =>
        _labels.TryGetValue(ShortAnswers.Clean(text), out var label) ? label : IntentRecognizer.Recognize(text);

    /// <summary>The global commands that interrupt any dialog.</summary>
    public static bool IsCommand(Intent intent) =>
        intent is Intent.Help or Intent.Cancel or Intent.StartOver or Intent.ChangeLanguage or Intent.DeleteData;
}
