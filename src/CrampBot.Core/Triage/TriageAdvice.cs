namespace CrampBot.Core.Triage;

/// <summary>The rule service's answer for one report.</summary>
/// <param name="Level">How soon to see someone: the highest fired rule, raised by any red flag the user could
/// not rule out ("I don't know"), following the clinical reference's rule that an unknown red flag counts as
/// present until the user says otherwise.</param>
/// <param name="StatedLevel">The level from what the user stated alone (no "I don't know" raised it).</param>
/// <param name="Causes">Likely causes, most likely first, each with the facts that support it.</param>
/// <param name="FiredRules">Rules whose condition held on the stated facts, in file order.</param>
/// <param name="NotRuledOut">Rules that would fire if the "I don't know" answers were yes; the advice must say so.</param>
/// <param name="AdviceKeys">Message keys to show, most urgent first, without repeats.</param>
/// <param name="Missing">Unstated facts that could still raise the level, most urgent first. Ask these and nothing else.</param>
public sealed record TriageAdvice(
    TriageLevel Level,
    TriageLevel StatedLevel,
    IReadOnlyList<LikelyCause> Causes,
    IReadOnlyList<TriageRule> FiredRules,
    IReadOnlyList<NotRuledOut> NotRuledOut,
    IReadOnlyList<string> AdviceKeys,
    IReadOnlyList<MissingFact> Missing)
{
    /// <summary>The leading cause id (most likely).</summary>
    public string LeadingCause => Causes[0].Cause;
}

/// <summary>A likely cause and why: the facts the user gave that point to it, and the rules that fired.</summary>
/// <param name="NotRuledOut">True when it rests on an "I don't know" answer rather than on something stated.</param>
public sealed record LikelyCause(
    string Cause,
    TriageLevel Level,
    IReadOnlyList<string> SupportingFacts,
    IReadOnlyList<string> RuleIds,
    bool NotRuledOut = false);

/// <summary>A rule that could not be ruled out because the user said "I don't know" to the facts listed.</summary>
public sealed record NotRuledOut(TriageRule Rule, IReadOnlyList<string> DontKnowFacts);

/// <summary>A fact worth asking: it could raise the level to <paramref name="CouldRaiseTo"/>.</summary>
public sealed record MissingFact(string Fact, TriageLevel CouldRaiseTo, string QuestionKey, IReadOnlyList<string> RuleIds);
