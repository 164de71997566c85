using CrampBot.Core.Intents;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Classifies one message into one of the 23 intent labels of <see cref="IntentLabels"/>, with a calibrated
/// confidence and an honest "not understood". Thread-safe and deterministic.
/// </summary>
public sealed class IntentClassifier
{
    private static readonly Lazy<IntentClassifier> DefaultInstance = new(() => new IntentClassifier());

    /// <summary>The classifier built from the dialogs/understanding/ files compiled into CrampBot.Core.</summary>
    public static IntentClassifier Default => DefaultInstance.Value;

    /// <summary>
    /// Classifies <paramref name="text"/>. <paramref name="locale"/> ("en-US", "zh-CN", null) is a hint only:
    /// both languages are always read, so "中文 please" and "magnesium有用吗" work.
    /// </summary>
    public IntentPrediction Classify(string? text, string? locale = null)
    {
        // Interim: the regular-expression recognizer answers until the trained model lands in this class.
        var result = RegexIntentBaseline.Recognize(text);
        var ranked = result.Candidates.Select(c => new RankedLabel(IntentLabels.ToLabel(c.Intent), c.Score)).ToList();
        return result.Intent == Intent.None
            ? IntentPrediction.NotUnderstood(ranked)
            : new IntentPrediction(IntentLabels.ToLabel(result.Intent), result.Confidence, result.Band, ranked, result.LanguageTarget, IntentSource.Model);
    }
}
