using CrampBot.Core.Triage;

namespace CrampBot.Bot.Checking;

/// <summary>
/// Picks the next question of the symptom check from what is already known, so a question is asked only when
/// its answer is still unknown and could change the advice. Safety first (issue 12, clinical reference section 0):
/// the emergency signs as one checklist, one concrete follow-up for each emergency sign the user was not sure
/// about, then the see-a-doctor-soon signs as a second checklist; after that only what can still change the advice:
/// how long a cramp lasts (while it could still make it "today"), the other symptoms and the background (medicines,
/// conditions, pregnancy, activity: they change the likely cause), how often (while it could still make it
/// "book an appointment"), and last any single fact that would complete a rule on its own (worse pain after an
/// injury, bleeding on quinine). A stated see-a-doctor-soon sign needs only the emergency signs before the advice.
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

    public static SymptomQuestion? Next(SymptomReport report, TriageAdvice advice, IReadOnlySet<string> asked, IReadOnlyList<TriageRule> rules)
    {
        // An emergency needs no more questions: the advice goes out at once.
        if (advice.StatedLevel == TriageLevel.Emergency)
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

    private static IEnumerable<SymptomQuestion> Plan(SymptomReport report, TriageAdvice advice, IReadOnlyList<TriageRule> rules)
    {
        if (Open(CheckPlan.Emergency, report) is { Count: > 0 } emergency)
        {
            yield return SymptomQuestion.ChecklistOf(CheckPlan.Emergency, emergency);
        }

        foreach (var fact in CheckPlan.Emergency.Facts.Where(f => report[f] == FactValue.DontKnow))
        {
            yield return SymptomQuestion.FollowUp(fact);
        }

        if (advice.StatedLevel < TriageLevel.SeeDoctorSoon)
        {
            if (Open(CheckPlan.Soon, report) is { Count: > 0 } soon)
            {
                yield return SymptomQuestion.ChecklistOf(CheckPlan.Soon, soon);
            }

            if (report[Facts.EpisodeMinutes] == FactValue.Unstated && advice.Level < TriageLevel.SeeDoctorSoon)
            {
                yield return SymptomQuestion.Duration;
            }

            foreach (var list in new[] { CheckPlan.Other, CheckPlan.Background })
            {
                if (Open(list, report) is { Count: > 0 } open)
                {
                    yield return SymptomQuestion.ChecklistOf(list, open);
                }
            }

            if (report[Facts.FrequencyPerWeek] == FactValue.Unstated && advice.Level < TriageLevel.SeeDoctorRoutine)
            {
                yield return SymptomQuestion.Frequency;
            }
        }

        // A fact that would complete a see-a-doctor-soon or emergency rule by itself, now that the rest of the rule
        // is known (worse pain after an injury, bleeding on quinine). Yellow flags outside the checklists wait.
        foreach (var missing in advice.Missing.Where(m => m.CouldRaiseTo > advice.Level && m.CouldRaiseTo >= TriageLevel.SeeDoctorSoon && Facts.Get(m.Fact).Kind == FactKind.Flag))
        {
            var tipped = report.With(missing.Fact, FactValue.Yes);
            if (report[missing.Fact] == FactValue.Unstated
                && rules.Any(r => missing.RuleIds.Contains(r.Id) && r.Level > advice.Level && r.When.Evaluate(tipped, dontKnowAsYes: false) == true))
            {
                yield return SymptomQuestion.YesNoAbout(missing.Fact, missing.QuestionKey);
            }
        }
    }

    /// <summary>The signs of a checklist the user has not answered yet.</summary>
    private static List<string> Open(Checklist list, SymptomReport report) =>
        list.Facts.Where(f => report[f] == FactValue.Unstated).ToList();
}
