using CrampBot.Core.Triage;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>Where in the user's text a fact was found, so the bot can quote their own words back.</summary>
public sealed record FactMention(string Fact, FactValue Value, int Start, int Length, string Text);

/// <summary>The facts found in one message, and where each came from.</summary>
public sealed record FactExtraction(SymptomReport Report, IReadOnlyList<FactMention> Mentions);
