namespace CrampBot.Core.Triage;

/// <summary>
/// How "not sure" answers count (clinical reference section 0), from the <c>not_sure</c> section of
/// dialogs/triage-rules.yaml: a "not sure" about how often, how long, where, medicines or activity never raises the
/// level; one about a sign below <see cref="CountsFrom"/> changes nothing; one about an emergency sign (still not sure
/// after the bot's concrete follow-up) raises the level only to <see cref="EmergencyBecomes"/>, with a safety net.
/// </summary>
/// <param name="NeverRaises">Facts whose "not sure" is treated as unknown when deciding the level.</param>
/// <param name="CountsFrom">The lowest rule level a "not sure" can leave not ruled out.</param>
/// <param name="EmergencyBecomes">The level a not-ruled-out emergency rule raises the advice to.</param>
public sealed record NotSurePolicy(IReadOnlySet<string> NeverRaises, TriageLevel CountsFrom, TriageLevel EmergencyBecomes)
{
    /// <summary>Without a <c>not_sure</c> section: every "not sure" counts as yes, as before section 0 was written.</summary>
    public static NotSurePolicy CountsAsYes { get; } = new(new HashSet<string>(StringComparer.Ordinal), TriageLevel.SeeDoctorRoutine, TriageLevel.Emergency);

    /// <summary>The level a rule that is only not ruled out raises the advice to.</summary>
    public TriageLevel Ceiling(TriageLevel ruleLevel) => ruleLevel > EmergencyBecomes ? EmergencyBecomes : ruleLevel;

    /// <summary>The report with the "not sure" answers that never raise the level taken out.</summary>
    public SymptomReport ForLevel(SymptomReport report)
    {
        var result = report;
        foreach (var (fact, value) in report.Flags)
        {
            if (value == FactValue.DontKnow && NeverRaises.Contains(fact))
            {
                result = result.With(fact, FactValue.Unstated);
            }
        }

        return result;
    }
}
