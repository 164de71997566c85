using CrampBot.Core.Intents;
using CrampBot.Core.Recognition;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Everything CrampBot reads from one message: what the user wants (the intent with its confidence and the
/// other candidates for a clarifying question), the symptom facts with their status, time and subject, and
/// the quantities (how often, how long).
/// </summary>
public sealed record MessageUnderstanding(
    Intent Intent,
    double Confidence,
    IReadOnlyList<IntentCandidate> Candidates,
    IReadOnlyList<FactMention> Facts,
    IReadOnlyList<Recognized> Quantities);
