using CrampBot.Core.Intents;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>What <see cref="IntentClassifier.Classify"/> made of one message.</summary>
/// <param name="Label">The best label ("cramp_now", …), or <see cref="IntentLabels.None"/> when the message was not understood.</param>
/// <param name="Confidence">Calibrated probability of <paramref name="Label"/>, 0..1 (1 for a rule in dialogs/understanding/intent-rules.yaml).</param>
/// <param name="Band">Act on it (<see cref="IntentBand.Confident"/>), ask which one was meant (<see cref="IntentBand.Unsure"/>), or admit it was not understood (<see cref="IntentBand.None"/>).</param>
/// <param name="Ranked">The labels with the highest probabilities, best first (at most a handful): the options of a clarifying question.</param>
/// <param name="LanguageTarget">For change_language: "en", "zh-Hans", or null when the message names no language (switch to the other one).</param>
/// <param name="Source">Whether a rule or the trained model decided.</param>
public sealed record IntentPrediction(
    string Label,
    double Confidence,
    IntentBand Band,
    IReadOnlyList<RankedLabel> Ranked,
    string? LanguageTarget,
    IntentSource Source)
{
    /// <summary>The bot's <see cref="Intents.Intent"/> for <see cref="Label"/> (<see cref="Intent.None"/> when not understood).</summary>
    public Intent Intent => IntentLabels.ToIntent(Label);

    /// <summary>Nothing to understand (empty text) or nothing understood.</summary>
    public static IntentPrediction NotUnderstood(IReadOnlyList<RankedLabel> ranked) =>
        new(IntentLabels.None, 0, IntentBand.None, ranked, null, IntentSource.Model);
}

/// <summary>One label and its calibrated probability.</summary>
public sealed record RankedLabel(string Label, double Probability)
{
    /// <summary>The bot's <see cref="Intents.Intent"/> for <see cref="Label"/>.</summary>
    public Intent Intent => IntentLabels.ToIntent(Label);
}

/// <summary>What decided an <see cref="IntentPrediction"/>.</summary>
public enum IntentSource
{
    /// <summary>The classifier trained on dialogs/understanding/intents.*.yaml.</summary>
    Model,

    /// <summary>A rule in dialogs/understanding/intent-rules.yaml (commands, a cramp happening now).</summary>
    Rule,
}
