using CrampBot.Core.Memo;
using CrampBot.Core.Understanding.Intents;

namespace CrampBot.Core.Intents;

/// <summary>
/// Works out what the user wants from one free-text message, in English or simplified Chinese, without buttons.
/// A thin adapter over <see cref="IntentClassifier.Default"/> (the classifier trained on
/// dialogs/understanding/intents.*.yaml plus the rules in intent-rules.yaml), kept so the bot's dialogs read
/// <see cref="IntentResult"/> as before. Pure and deterministic: the same text always gives the same answer.
/// </summary>
public static class IntentRecognizer
{
    // Routing, the prompts and the answer words each ask about the same message in one turn.
    private static readonly RecentReadings<IntentResult> Recent = new();

    /// <summary>Recognises the intent of <paramref name="text"/>. Both languages are always read, so mixed messages work.</summary>
    public static IntentResult Recognize(string? text) =>
        text is null ? Classify(text) : Recent.GetOrRead(text, null, static (t, _) => Classify(t));

    private static IntentResult Classify(string? text) => ToResult(IntentClassifier.Default.Classify(text, locale: null));

    /// <summary>The <see cref="IntentResult"/> shape of a classifier prediction.</summary>
    public static IntentResult ToResult(IntentPrediction prediction)
    {
        var candidates = prediction.Ranked
            .Where(r => r.Intent != Intent.None)
            .Select(r => new IntentCandidate(r.Intent, r.Probability))
            .ToList();
        return new IntentResult(prediction.Intent, prediction.Confidence, candidates, prediction.LanguageTarget) { Band = prediction.Band, Source = prediction.Source };
    }
}
