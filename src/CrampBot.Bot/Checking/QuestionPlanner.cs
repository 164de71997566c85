using CrampBot.Core.Triage;

namespace CrampBot.Bot.Checking;

/// <summary>
/// Picks the next question of the symptom check from what is already known, so a question is asked only when
/// its answer is still unknown and could change the advice. The order follows the clinical flow: how often,
/// how long, where; then every red-flag fact the rule service names (most urgent first); then medicines,
/// pregnancy and activity, which change the likely causes.
/// </summary>
public static class QuestionPlanner
{
    /// <summary>Location facts; any one stated answers "where".</summary>
    public static readonly string[] LocationFacts = [Facts.LocationCalf, Facts.LocationFoot, Facts.LocationThigh];

    /// <summary>The medicine facts the single medicines question answers.</summary>
    public static readonly string[] MedicineFacts =
    [
        Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist, Facts.TakesCalciumChannelBlocker,
        Facts.TakesOestrogen, Facts.TakesQuinine, Facts.TakesOtherMedicine,
    ];

    // Asked by their own questions below, never in the red-flag round.
    private static readonly HashSet<string> OwnQuestion = new(StringComparer.Ordinal)
    {
        Facts.FrequencyPerWeek, Facts.EpisodeMinutes, Facts.PregnantOrPostpartum, Facts.HardExercise, Facts.MedicineNew,
        Facts.LocationCalf, Facts.LocationFoot, Facts.LocationThigh,
        Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist, Facts.TakesCalciumChannelBlocker,
        Facts.TakesOestrogen, Facts.TakesQuinine, Facts.TakesOtherMedicine,
    };

    // Asked after the red-flag round: a red flag that can only fire together with one of these waits for it.
    private static readonly HashSet<string> AskedLater = new(StringComparer.Ordinal)
    {
        Facts.PregnantOrPostpartum, Facts.HardExercise, Facts.MedicineNew,
        Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist, Facts.TakesCalciumChannelBlocker,
        Facts.TakesOestrogen, Facts.TakesQuinine, Facts.TakesOtherMedicine,
    };

    public static SymptomQuestion? Next(SymptomReport report, TriageAdvice advice, IReadOnlySet<string> asked, IReadOnlyList<TriageRule> rules)
    {
        // An emergency needs no more questions: the advice goes out at once.
        if (advice.Level == TriageLevel.Emergency)
        {
            return null;
        }

        foreach (var question in Plan(report, advice, rules))
        {
            if (!asked.Contains(question.Id))
            {
                return question;
            }
        }

        return null;
    }

    /// <summary>
    /// True when every rule behind <paramref name="missing"/> also needs a fact asked later (bleeding on quinine
    /// needs "takes quinine"): asking it now would be a question about a medicine the user may not take.
    /// </summary>
    private static bool WaitsForLaterQuestion(MissingFact missing, SymptomReport report, IReadOnlyList<TriageRule> rules) =>
        missing.RuleIds.All(id =>
        {
            var rule = rules.FirstOrDefault(r => r.Id == id);
            if (rule is null)
            {
                return false;
            }

            var open = new List<string>();
            rule.When.CollectOpen(report, dontKnowAsYes: true, open);
            return open.Any(f => AskedLater.Contains(f) && report[f] == FactValue.Unstated);
        });

    private static IEnumerable<SymptomQuestion> Plan(SymptomReport report, TriageAdvice advice, IReadOnlyList<TriageRule> rules)
    {
        if (report[Facts.FrequencyPerWeek] == FactValue.Unstated)
        {
            yield return SymptomQuestion.Frequency;
        }

        if (report[Facts.EpisodeMinutes] == FactValue.Unstated)
        {
            yield return SymptomQuestion.Duration;
        }

        if (LocationFacts.All(f => report[f] == FactValue.Unstated))
        {
            yield return SymptomQuestion.Location;
        }

        // Red flags: the facts that could lift the advice to "see a doctor soon" or higher, most urgent first.
        foreach (var missing in advice.Missing.Where(m => m.CouldRaiseTo >= TriageLevel.SeeDoctorSoon && !OwnQuestion.Contains(m.Fact)))
        {
            if (report[missing.Fact] == FactValue.Unstated && !WaitsForLaterQuestion(missing, report, rules))
            {
                yield return SymptomQuestion.YesNoAbout(missing.Fact, missing.QuestionKey);
            }
        }

        if (MedicineFacts.All(f => report[f] == FactValue.Unstated))
        {
            yield return SymptomQuestion.Medicines;
        }

        if (report[Facts.PregnantOrPostpartum] == FactValue.Unstated)
        {
            yield return SymptomQuestion.YesNoAbout(Facts.PregnantOrPostpartum, "question." + Facts.PregnantOrPostpartum);
        }

        if (report[Facts.HardExercise] == FactValue.Unstated && report[Facts.Inactive] == FactValue.Unstated)
        {
            yield return SymptomQuestion.Activity;
        }
    }
}
