using System.Globalization;
using System.Text;
using CrampBot.Core.Triage;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// The figures issue 12 judges the conversation on, from a run of simulated patients: emergencies escalated,
/// under-triage, exact level, leading cause, questions before the advice, dead ends, and over-triage apart.
/// </summary>
public sealed class EvaluationFigures
{
    // The issue's targets.
    public const double ExactLevelTarget = 0.90;
    public const double LeadingCauseTarget = 0.80;
    public const double MedianQuestionsTarget = 5;

    public EvaluationFigures(IReadOnlyList<VignetteOutcome> outcomes)
    {
        Outcomes = outcomes;
        var advised = outcomes.Where(o => o.Ending == Ending.Advice).Select(o => o.Questions).Order().ToList();
        MedianQuestions = advised.Count == 0 ? 0 : advised.Count % 2 == 1 ? advised[advised.Count / 2] : (advised[(advised.Count / 2) - 1] + advised[advised.Count / 2]) / 2.0;
        MaxQuestions = advised.Count == 0 ? 0 : advised[^1];
    }

    public IReadOnlyList<VignetteOutcome> Outcomes { get; }

    public int Patients => Outcomes.Count;

    public int Emergencies => Outcomes.Count(o => o.ExpectsEmergency);

    public int Escalated => Outcomes.Count(o => o.Escalated);

    public int UnderTriaged => Outcomes.Count(o => o.UnderTriaged);

    public int OverTriaged => Outcomes.Count(o => o.OverTriaged);

    public int NeedlessEmergencies => Outcomes.Count(o => o.NeedlessEmergency);

    public int ExactLevel => Outcomes.Count(o => o.ExactLevel);

    public int WithExpectedCause => Outcomes.Count(o => o.HasExpectedCause);

    public int LeadingCause => Outcomes.Count(o => o.LeadingCauseRight);

    public double MedianQuestions { get; }

    public int MaxQuestions { get; }

    public int DeadEnds => Outcomes.Count(o => o.Ending == Ending.DeadEnd);

    public int NoAdvice => Outcomes.Count(o => o.Ending == Ending.NoAdvice);

    public int GeneralQuestionsNotAnswered => Outcomes.Count(o => o.Ending == Ending.GeneralQuestionNotAnswered);

    public int Errors => Outcomes.Count(o => o.Ending == Ending.Error);

    public int UnmappedQuestions => Outcomes.Sum(o => o.Unmapped.Count);

    public int UntaggedQuestions => Outcomes.Sum(o => o.Untagged);

    public double ExactLevelShare => Share(ExactLevel, Patients);

    public double LeadingCauseShare => Share(LeadingCause, WithExpectedCause);

    /// <summary>The targets this run misses, in words; empty when it meets them all.</summary>
    public IReadOnlyList<string> MissedTargets()
    {
        var missed = new List<string>();
        if (Escalated < Emergencies) missed.Add($"emergencies escalated {Escalated}/{Emergencies}");
        if (UnderTriaged > 0) missed.Add($"under-triaged {UnderTriaged}");
        if (ExactLevelShare < ExactLevelTarget) missed.Add($"exact level {Percent(ExactLevelShare)} < {Percent(ExactLevelTarget)}");
        if (LeadingCauseShare < LeadingCauseTarget) missed.Add($"leading cause {Percent(LeadingCauseShare)} < {Percent(LeadingCauseTarget)}");
        if (MedianQuestions > MedianQuestionsTarget) missed.Add($"median questions {MedianQuestions} > {MedianQuestionsTarget}");
        if (DeadEnds > 0) missed.Add($"dead ends {DeadEnds}");
        return missed;
    }

    /// <summary>One line with every figure.</summary>
    public string SummaryLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"patients {Patients}: emergencies escalated {Escalated}/{Emergencies}, under-triaged {UnderTriaged}, " +
        $"exact level {ExactLevel}/{Patients} ({Percent(ExactLevelShare)}), leading cause {LeadingCause}/{WithExpectedCause} ({Percent(LeadingCauseShare)}), " +
        $"questions before advice median {MedianQuestions} max {MaxQuestions}, dead ends {DeadEnds}, no advice {NoAdvice}; " +
        $"over-triaged {OverTriaged} (ambulance for a non-emergency {NeedlessEmergencies}), general questions not answered {GeneralQuestionsNotAnswered}, " +
        $"errors {Errors}, unmapped questions {UnmappedQuestions}, untagged questions {UntaggedQuestions}");

    /// <summary>The summary line, then expected level (rows) against what the bot did (columns), then per language.</summary>
    public string Table()
    {
        string[] columns = ["self-care", "routine", "soon", "emergency", "no advice", "dead end", "answered", "asked", "error"];
        var text = new StringBuilder();
        text.AppendLine(SummaryLine()).AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{"expected \\ outcome",-20}") + string.Concat(columns.Select(c => $"{c,11}")) + $"{"exact",8}{"cause",8}{"questions",11}");
        foreach (var row in Outcomes.GroupBy(o => o.Vignette.ExpectedTriage).OrderBy(g => g.First().Expected ?? (TriageLevel)(-1)))
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{row.Key,-20}"));
            foreach (var column in columns)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $"{row.Count(o => Column(o) == column),11}"));
            }

            var withCause = row.Count(o => o.HasExpectedCause);
            var advised = row.Where(o => o.Ending == Ending.Advice).Select(o => o.Questions).DefaultIfEmpty().ToList();
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{$"{row.Count(o => o.ExactLevel)}/{row.Count()}",8}{(withCause == 0 ? "-" : $"{row.Count(o => o.LeadingCauseRight)}/{withCause}"),8}{$"max {advised.Max()}",11}"));
        }

        text.AppendLine();
        foreach (var lang in Outcomes.GroupBy(o => o.Vignette.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"[{lang.Key}] " + new EvaluationFigures([.. lang]).SummaryLine());
        }

        return text.ToString();
    }

    /// <summary>One line per patient that missed: id, expected, what happened, and why when known.</summary>
    public IEnumerable<string> Misses() => Outcomes
        .Where(o => !o.ExactLevel || o.Ending is Ending.DeadEnd or Ending.Error || (o.HasExpectedCause && !o.LeadingCauseRight))
        .Select(o => string.Create(
            CultureInfo.InvariantCulture,
            $"{o.Vignette.Id}: expected {o.Vignette.ExpectedTriage} / {o.Vignette.ExpectedCause}, got {Column(o)} / {(o.Causes.Count > 0 ? o.Causes[0] : "-")} after {o.Questions} answers{(o.Note is null ? string.Empty : " (" + o.Note + ")")}"));

    private static string Column(VignetteOutcome outcome) => outcome.Ending switch
    {
        Ending.Advice => outcome.Level switch
        {
            TriageLevel.SelfCare => "self-care",
            TriageLevel.SeeDoctorRoutine => "routine",
            TriageLevel.SeeDoctorSoon => "soon",
            _ => "emergency",
        },
        Ending.NoAdvice => "no advice",
        Ending.DeadEnd => "dead end",
        Ending.Error => "error",
        Ending.AnsweredWithoutQuestions => "answered",
        _ => "asked",
    };

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);
}
