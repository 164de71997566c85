using CrampBot.Core.Triage;

namespace CrampBot.Bot.Checking;

/// <summary>
/// The shape of the symptom check (issue 12, clinical reference sections 0 and 4): the emergency signs first as
/// one checklist, then the see-a-doctor-soon signs as a second, then only what can still change the advice. Each
/// sign is its own box in a checklist, so a "yes" always says which sign it means; a checklist answered with
/// "none of these" settles all its signs at once. The labels are conv.sign.&lt;fact&gt; in conversation.*.yaml; each
/// emergency sign also has conv.followup.&lt;fact&gt;, the one concrete, checkable question asked when the user is not
/// sure about it.
/// </summary>
public static class CheckPlan
{
    /// <summary>Signs that mean "call the emergency number now" on their own (or start such a rule: an injury).</summary>
    public static readonly Checklist Emergency = new(
        "emergency",
        [Facts.BreathlessChestPain, Facts.ColdPaleFoot, Facts.JawStiffness, Facts.DarkUrine, Facts.InjuryOrCast]);

    /// <summary>Signs that mean "see a doctor today".</summary>
    public static readonly Checklist Soon = new(
        "soon",
        [
            Facts.SwellingOneSide, Facts.RednessWarmth, Facts.MuscleWeakness, Facts.WastingTwitching,
            Facts.RestPainEasedHanging, Facts.TinglingMouth, Facts.WoundRecent, Facts.ToxinExposure,
        ]);

    /// <summary>Other symptoms that point to a cause worth an ordinary appointment.</summary>
    public static readonly Checklist Other = new(
        "other",
        [
            Facts.NumbnessTingling, Facts.PainWalkingRelievedRest, Facts.UrgeToMove, Facts.SwellingBoth,
            Facts.BackPainRadiating, Facts.SleepDisturbed,
        ]);

    /// <summary>Medicines, conditions, pregnancy and activity: they change the likely cause.</summary>
    public static readonly Checklist Background = new(
        "background",
        [
            Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesQuinine, Facts.TakesOtherMedicine,
            Facts.HasDiabetes, Facts.HasThyroidDisease, Facts.HasKidneyDisease, Facts.HasLiverDisease,
            Facts.PregnantOrPostpartum, Facts.HardExercise,
        ]);

    public static IReadOnlyList<Checklist> All { get; } = [Emergency, Soon, Other, Background];

    public static Checklist? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>Every message key the plan uses by name: checked at start-up with the others.</summary>
    public static IEnumerable<string> RequiredKeys =>
        All.SelectMany(c => c.Facts.Select(SignKey).Append(c.PromptKey))
            .Concat(Emergency.Facts.Select(FollowUpKey));

    public static string SignKey(string fact) => "conv.sign." + fact;

    public static string FollowUpKey(string fact) => "conv.followup." + fact;

    /// <summary>Whether a "not sure" about this fact gets one concrete follow-up question (the emergency signs).</summary>
    public static bool HasFollowUp(string fact) => Emergency.Facts.Contains(fact, StringComparer.Ordinal);
}

/// <summary>One checklist: its name (in the question's id), its signs in the order shown, and its question.</summary>
public sealed record Checklist(string Name, IReadOnlyList<string> Facts)
{
    public string PromptKey => "conv.check.checklist_" + Name;

    public string Id => "checklist." + Name;
}
