namespace CrampBot.Core.Triage;

/// <summary>
/// The rule service: a loaded, validated rule set and the pure function <see cref="Assess"/>. It holds no
/// state beyond the rules, does no I/O, and knows nothing of dialogs or channels, so every channel and the
/// command line get the same answer for the same facts. Load it with <see cref="TriageRulesLoader"/>.
/// </summary>
public sealed class TriageRules
{
    private readonly IReadOnlyDictionary<TriageLevel, IReadOnlyList<string>> levelAdvice;

    public TriageRules(IReadOnlyList<TriageRule> rules, IReadOnlyDictionary<TriageLevel, IReadOnlyList<string>> levelAdvice, NotSurePolicy? notSure = null)
    {
        Rules = rules;
        this.levelAdvice = levelAdvice;
        NotSure = notSure ?? NotSurePolicy.CountsAsYes;
    }

    /// <summary>How "not sure" answers count (the rules file's <c>not_sure</c> section).</summary>
    public NotSurePolicy NotSure { get; }

    /// <summary>
    /// The advice key added when an emergency sign is not ruled out: the bot renders it as one safety net per sign
    /// ("if your foot turns cold and pale, call 999 now").
    /// </summary>
    public const string UnsureEmergencyAdviceKey = "advice.unsure_emergency";

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<TriageRule> Rules { get; }

    /// <summary>Advice shown for a level whatever rule set it (the opening line, the safety net).</summary>
    public IReadOnlyList<string> AdviceForLevel(TriageLevel level) => levelAdvice.GetValueOrDefault(level, []);

    /// <summary>Decides how urgent the report is, why, and what is still worth asking.</summary>
    public TriageAdvice Assess(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var fired = Fired(report);
        var statedLevel = fired.Count == 0 ? TriageLevel.SelfCare : fired.Max(r => r.Level);

        // Only signs count: an unsure everyday trigger ("maybe I stood too long"), an unsure yellow flag, or not
        // knowing how often or how long changes nothing worth saying (section 0). An unsure emergency sign raises
        // the level only as far as the policy says; the advice names the sign in a safety net.
        var unsure = NotSure.ForLevel(report);
        var notRuledOut = Rules
            .Where(r => r.Level >= NotSure.CountsFrom && !fired.Contains(r) && r.When.Evaluate(unsure, dontKnowAsYes: true) == true)
            .Select(r => new NotRuledOut(r, Support(r, unsure, true).Where(f => unsure[f] == FactValue.DontKnow).ToList()))
            .ToList();
        var level = notRuledOut.Select(n => NotSure.Ceiling(n.Rule.Level)).Append(statedLevel).Max();

        return new TriageAdvice(
            level,
            statedLevel,
            RankCauses(fired, notRuledOut, level, report),
            fired,
            notRuledOut,
            CollectAdvice(fired, notRuledOut, level),
            FindMissing(report, level));
    }

    /// <summary>
    /// The rules that fire on what the user has stated, in rule order: the first part of <see cref="Assess"/>
    /// alone. Every message is scanned for new red flags, and that question needs no ranking, advice or
    /// "not sure" handling, which are most of an assessment's cost.
    /// </summary>
    public List<TriageRule> Fired(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fired = new List<TriageRule>();
        foreach (var rule in Rules)
        {
            if (rule.When.Evaluate(report, dontKnowAsYes: false) == true)
            {
                fired.Add(rule);
            }
        }

        return fired;
    }

    private static List<string> Support(TriageRule rule, SymptomReport report, bool dontKnowAsYes)
    {
        var facts = new List<string>();
        rule.When.CollectSupport(report, dontKnowAsYes, facts);
        return facts.Distinct(StringComparer.Ordinal).ToList();
    }

    private List<LikelyCause> RankCauses(List<TriageRule> fired, List<NotRuledOut> notRuledOut, TriageLevel level, SymptomReport report)
    {
        var candidates = fired.Select(r => (Rule: r, Support: Support(r, report, false), Unsure: false))
            .Concat(notRuledOut.Select(n => (n.Rule, Support: Support(n.Rule, report, true), Unsure: true)));

        var causes = candidates
            .GroupBy(c => c.Rule.Cause, StringComparer.Ordinal)
            .Select(g => new
            {
                Cause = new LikelyCause(
                    g.Key,
                    g.Max(c => c.Unsure ? NotSure.Ceiling(c.Rule.Level) : c.Rule.Level),
                    g.SelectMany(c => c.Support).Distinct(StringComparer.Ordinal).ToList(),
                    g.Select(c => c.Rule.Id).ToList(),
                    g.All(c => c.Unsure)),
                FirstRule = g.Min(c => IndexOf(c.Rule)),
            })
            // Anything that needs a doctor soon leads, most urgent first, so the answer never opens with a
            // reassuring cause while a red flag stands. Below that, urgency is not likelihood: a specific
            // cause with more supporting facts comes before the general "no clear cause" explanation.
            .OrderByDescending(c => c.Cause.Level >= TriageLevel.SeeDoctorSoon ? (int)c.Cause.Level : 0)
            .ThenBy(c => c.Cause.Cause == Causes.Idiopathic ? 1 : 0)
            .ThenByDescending(c => c.Cause.SupportingFacts.Count)
            .ThenBy(c => c.FirstRule)
            .Select(c => c.Cause)
            .ToList();

        // Most night cramps have no single cause; say so whenever nothing urgent is in play, and only then:
        // next to a red flag, "ordinary night cramp" would read as reassurance.
        if (level >= TriageLevel.SeeDoctorSoon)
        {
            causes.RemoveAll(c => c.Cause == Causes.Idiopathic);
        }
        else if (causes.All(c => c.Cause != Causes.Idiopathic))
        {
            causes.Add(new LikelyCause(Causes.Idiopathic, TriageLevel.SelfCare, [], []));
        }

        return causes;
    }

    private int IndexOf(TriageRule rule)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (ReferenceEquals(Rules[i], rule))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private List<string> CollectAdvice(List<TriageRule> fired, List<NotRuledOut> notRuledOut, TriageLevel level)
    {
        var keys = new List<string>(AdviceForLevel(level));
        if (notRuledOut.Count > 0)
        {
            keys.Add("advice.not_ruled_out");
        }

        // An emergency sign the user could not rule out gets a safety net naming it, not the "call now" advice.
        if (notRuledOut.Any(n => NotSure.Ceiling(n.Rule.Level) < n.Rule.Level))
        {
            keys.Add(UnsureEmergencyAdviceKey);
        }

        // When a doctor is needed soon, everyday tips would read as reassurance: keep only the urgent advice.
        var floor = level >= TriageLevel.SeeDoctorSoon ? TriageLevel.SeeDoctorSoon : TriageLevel.SelfCare;
        var rules = fired.Concat(notRuledOut.Where(n => NotSure.Ceiling(n.Rule.Level) == n.Rule.Level).Select(n => n.Rule))
            .Where(r => r.Level >= floor)
            .OrderByDescending(r => r.Level)
            .ThenBy(IndexOf);
        keys.AddRange(rules.SelectMany(r => r.AdviceKeys));
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private List<MissingFact> FindMissing(SymptomReport report, TriageLevel level)
    {
        var found = new Dictionary<string, (TriageLevel Level, List<string> Rules, int FirstRule, int Order)>(StringComparer.Ordinal);
        var order = 0;

        // A fact that is never asked (heavy_bleeding) stays unstated unless the user says it, so a rule that
        // needs it can only fire from their own words: its other facts are not worth a question for it.
        var askedOnly = report;
        foreach (var fact in Facts.All.Where(f => !f.Askable && f.Kind == FactKind.Flag && report[f.Name] == FactValue.Unstated))
        {
            askedOnly = askedOnly.With(fact.Name, FactValue.No);
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.Level <= level || rule.When.Evaluate(report, dontKnowAsYes: true) is not null
                || rule.When.Evaluate(askedOnly, dontKnowAsYes: true) == false)
            {
                continue;
            }

            var open = new List<string>();
            rule.When.CollectOpen(report, dontKnowAsYes: true, open);
            foreach (var fact in open.Distinct(StringComparer.Ordinal).Where(f => Facts.Find(f)?.Askable == true))
            {
                if (found.TryGetValue(fact, out var seen))
                {
                    seen.Rules.Add(rule.Id);
                    // A fact shared by several rules is as urgent as its most urgent rule, and sorts with it.
                    found[fact] = rule.Level > seen.Level ? seen with { Level = rule.Level, FirstRule = i } : seen;
                }
                else
                {
                    found[fact] = (rule.Level, [rule.Id], i, order++);
                }
            }
        }

        return found
            .OrderByDescending(p => p.Value.Level)
            .ThenBy(p => p.Value.FirstRule)
            .ThenBy(p => p.Value.Order)
            .Select(p => new MissingFact(p.Key, p.Value.Level, Facts.Get(p.Key).QuestionKey, p.Value.Rules))
            .ToList();
    }
}
