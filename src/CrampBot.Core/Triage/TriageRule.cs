namespace CrampBot.Core.Triage;

/// <summary>One rule from dialogs/triage-rules.yaml.</summary>
/// <param name="Id">RF-01 … for red flags, YF-01 … for yellow flags, CA-… for everyday causes.</param>
/// <param name="When">The condition over facts.</param>
/// <param name="Level">How urgent it is when the rule fires.</param>
/// <param name="Cause">The cause id it points to (see <see cref="Causes"/>).</param>
/// <param name="AdviceKeys">Message keys of the advice to give.</param>
/// <param name="Source">Where the rule comes from (clinical reference section and citations).</param>
/// <param name="Line">Line of the rule in the rules file, for error messages.</param>
public sealed record TriageRule(
    string Id,
    Condition When,
    TriageLevel Level,
    string Cause,
    IReadOnlyList<string> AdviceKeys,
    string Source,
    int Line);
