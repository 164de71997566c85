using CrampBot.Core.Understanding;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>The facts found in one message, and where each came from (numbers included).</summary>
public sealed record FactExtraction(SymptomReport Report, IReadOnlyList<FactMention> Mentions);
