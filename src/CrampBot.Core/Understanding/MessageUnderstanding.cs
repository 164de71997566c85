using CrampBot.Core.Recognition;
using CrampBot.Core.Understanding.Intents;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Everything CrampBot reads from one message: what the user wants (the intent with its confidence and the
/// other candidates for a clarifying question), the symptom facts with their status, time and subject, and
/// the quantities (how often, how long).
/// </summary>
public sealed record MessageUnderstanding(
    IntentPrediction Prediction,
    IReadOnlyList<FactMention> Facts,
    IReadOnlyList<Recognized> Quantities)
{
    /// <summary>The intent label ("cramp_now", …) or <see cref="IntentLabels.None"/>.</summary>
    public string Intent => Prediction.Label;

    /// <summary>Calibrated confidence of <see cref="Intent"/>, 0..1.</summary>
    public double Confidence => Prediction.Confidence;

    /// <summary>The best labels, best first: the options of a clarifying question.</summary>
    public IReadOnlyList<RankedLabel> Candidates => Prediction.Ranked;
}
