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
    /// <remarks>
    /// Every message is assessed once or twice, so this is written as plain loops over small lists: the LINQ
    /// version (grouping, four-key ordering, distinct lists) allocated about 17 KB per call, a fifth of a turn.
    /// </remarks>
    public TriageAdvice Assess(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var fired = Fired(report);
        var statedLevel = TriageLevel.SelfCare;
        foreach (var rule in fired)
        {
            statedLevel = Max(statedLevel, rule.Level);
        }

        // Only signs count: an unsure everyday trigger ("maybe I stood too long"), an unsure yellow flag, or not
        // knowing how often or how long changes nothing worth saying (section 0). An unsure emergency sign raises
        // the level only as far as the policy says; the advice names the sign in a safety net.
        var unsure = NotSure.ForLevel(report);
        var notRuledOut = new List<NotRuledOut>();
        var level = statedLevel;
        foreach (var rule in Rules)
        {
            if (rule.Level >= NotSure.CountsFrom && !fired.Contains(rule) && rule.When.Evaluate(unsure, dontKnowAsYes: true) == true)
            {
                var dontKnow = Support(rule, unsure, true);
                dontKnow.RemoveAll(f => unsure[f] != FactValue.DontKnow);
                notRuledOut.Add(new NotRuledOut(rule, dontKnow));
                level = Max(level, NotSure.Ceiling(rule.Level));
            }
        }

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

    /// <summary>The facts that made the rule's condition true, each once, in the order the condition names them.</summary>
    private static List<string> Support(TriageRule rule, SymptomReport report, bool dontKnowAsYes)
    {
        var facts = new List<string>();
        rule.When.CollectSupport(report, dontKnowAsYes, facts);
        DropRepeats(facts);
        return facts;
    }

    private List<LikelyCause> RankCauses(List<TriageRule> fired, List<NotRuledOut> notRuledOut, TriageLevel level, SymptomReport report)
    {
        // One draft per cause, in the order causes are first met: every rule behind it, and the facts that support it.
        var drafts = new List<CauseDraft>();
        foreach (var rule in fired)
        {
            DraftFor(drafts, rule.Cause).Add(rule, IndexOf(rule), rule.Level, Support(rule, report, false), unsure: false);
        }

        foreach (var n in notRuledOut)
        {
            DraftFor(drafts, n.Rule.Cause).Add(n.Rule, IndexOf(n.Rule), NotSure.Ceiling(n.Rule.Level), Support(n.Rule, report, true), unsure: true);
        }

        // Anything that needs a doctor soon leads, most urgent first, so the answer never opens with a
        // reassuring cause while a red flag stands. Below that, urgency is not likelihood: a specific
        // cause with more supporting facts comes before the general "no clear cause" explanation.
        drafts.Sort(static (a, b) =>
        {
            var order = Urgency(b).CompareTo(Urgency(a));
            order = order != 0 ? order : IsIdiopathic(a).CompareTo(IsIdiopathic(b));
            order = order != 0 ? order : b.Support.Count.CompareTo(a.Support.Count);
            return order != 0 ? order : a.FirstRule.CompareTo(b.FirstRule);
        });

        var causes = new List<LikelyCause>(drafts.Count + 1);
        foreach (var draft in drafts)
        {
            causes.Add(new LikelyCause(draft.Cause, draft.Level, draft.Support, draft.RuleIds, draft.AllUnsure));
        }

        // Most night cramps have no single cause; say so whenever nothing urgent is in play, and only then:
        // next to a red flag, "ordinary night cramp" would read as reassurance.
        if (level >= TriageLevel.SeeDoctorSoon)
        {
            causes.RemoveAll(c => c.Cause == Causes.Idiopathic);
        }
        else if (causes.TrueForAll(c => c.Cause != Causes.Idiopathic))
        {
            causes.Add(new LikelyCause(Causes.Idiopathic, TriageLevel.SelfCare, [], []));
        }

        return causes;

        static int Urgency(CauseDraft c) => c.Level >= TriageLevel.SeeDoctorSoon ? (int)c.Level : 0;
        static int IsIdiopathic(CauseDraft c) => c.Cause == Causes.Idiopathic ? 1 : 0;
    }

    private static CauseDraft DraftFor(List<CauseDraft> drafts, string cause)
    {
        foreach (var draft in drafts)
        {
            if (draft.Cause == cause)
            {
                return draft;
            }
        }

        var added = new CauseDraft(cause);
        drafts.Add(added);
        return added;
    }

    /// <summary>A cause being gathered from the rules that point to it.</summary>
    private sealed class CauseDraft(string cause)
    {
        public string Cause { get; } = cause;

        public TriageLevel Level { get; private set; } = TriageLevel.SelfCare;

        public List<string> Support { get; } = [];

        public List<string> RuleIds { get; } = [];

        public int FirstRule { get; private set; } = int.MaxValue;

        /// <summary>True while every rule behind it rests on "I don't know" answers.</summary>
        public bool AllUnsure { get; private set; } = true;

        public void Add(TriageRule rule, int index, TriageLevel level, List<string> support, bool unsure)
        {
            Level = RuleIds.Count == 0 ? level : Max(Level, level);
            RuleIds.Add(rule.Id);
            FirstRule = Math.Min(FirstRule, index);
            AllUnsure &= unsure;
            foreach (var fact in support)
            {
                if (!Support.Contains(fact))
                {
                    Support.Add(fact);
                }
            }
        }
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
        if (notRuledOut.Exists(n => NotSure.Ceiling(n.Rule.Level) < n.Rule.Level))
        {
            keys.Add(UnsureEmergencyAdviceKey);
        }

        // When a doctor is needed soon, everyday tips would read as reassurance: keep only the urgent advice.
        var floor = level >= TriageLevel.SeeDoctorSoon ? TriageLevel.SeeDoctorSoon : TriageLevel.SelfCare;
        var rules = fired.FindAll(r => r.Level >= floor);
        foreach (var n in notRuledOut)
        {
            if (NotSure.Ceiling(n.Rule.Level) == n.Rule.Level && n.Rule.Level >= floor)
            {
                rules.Add(n.Rule);
            }
        }

        // Most urgent first, then in file order.
        rules.Sort((a, b) => a.Level != b.Level ? ByUrgency(a.Level, b.Level) : IndexOf(a).CompareTo(IndexOf(b)));
        foreach (var rule in rules)
        {
            keys.AddRange(rule.AdviceKeys);
        }

        DropRepeats(keys);
        return keys;
    }

    private List<MissingFact> FindMissing(SymptomReport report, TriageLevel level)
    {
        var found = new Dictionary<string, MissingDraft>(StringComparer.Ordinal);
        var open = new List<string>();
        SymptomReport? askedOnly = null;
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.Level <= level || rule.When.Evaluate(report, dontKnowAsYes: true) is not null
                || rule.When.Evaluate(askedOnly ??= AskedOnly(report), dontKnowAsYes: true) == false)
            {
                continue;
            }

            open.Clear();
            rule.When.CollectOpen(report, dontKnowAsYes: true, open);
            foreach (var fact in open)
            {
                if (Facts.Find(fact)?.Askable != true)
                {
                    continue;
                }

                if (!found.TryGetValue(fact, out var seen))
                {
                    found[fact] = new MissingDraft(fact, rule.Level, i, found.Count) { RuleIds = { rule.Id }, LastRule = i };
                }
                else if (seen.LastRule != i)
                {
                    // A fact shared by several rules is as urgent as its most urgent rule, and sorts with it.
                    seen.RuleIds.Add(rule.Id);
                    seen.LastRule = i;
                    if (rule.Level > seen.Level)
                    {
                        seen.Level = rule.Level;
                        seen.FirstRule = i;
                    }
                }
            }
        }

        var drafts = new List<MissingDraft>(found.Values);
        drafts.Sort(static (a, b) => a.Level != b.Level ? ByUrgency(a.Level, b.Level) : a.FirstRule != b.FirstRule ? a.FirstRule.CompareTo(b.FirstRule) : a.Order.CompareTo(b.Order));
        return drafts.ConvertAll(d => new MissingFact(d.Fact, d.Level, Facts.Get(d.Fact).QuestionKey, d.RuleIds));
    }

    /// <summary>
    /// A fact that is never asked (heavy_bleeding) stays unstated unless the user says it, so a rule that needs it
    /// can only fire from their own words: the report as it would be if every such fact were answered no.
    /// </summary>
    private static SymptomReport AskedOnly(SymptomReport report)
    {
        var askedOnly = report;
        foreach (var fact in Facts.All)
        {
            if (!fact.Askable && fact.Kind == FactKind.Flag && report[fact.Name] == FactValue.Unstated)
            {
                askedOnly = askedOnly.With(fact.Name, FactValue.No);
            }
        }

        return askedOnly;
    }

    /// <summary>A fact worth asking, being gathered from the rules it could still settle.</summary>
    private sealed class MissingDraft(string fact, TriageLevel level, int firstRule, int order)
    {
        public string Fact { get; } = fact;

        public TriageLevel Level { get; set; } = level;

        public int FirstRule { get; set; } = firstRule;

        /// <summary>When it was first met: the last tie-breaker.</summary>
        public int Order { get; } = order;

        /// <summary>The rule it was last counted for, so a fact named twice in one rule counts once.</summary>
        public int LastRule { get; set; }

        public List<string> RuleIds { get; } = [];
    }

    private static TriageLevel Max(TriageLevel a, TriageLevel b) => a > b ? a : b;

    /// <summary>Most urgent first. (An enum's own CompareTo takes an object, and boxed both levels on every comparison.)</summary>
    private static int ByUrgency(TriageLevel a, TriageLevel b) => ((int)b).CompareTo((int)a);

    /// <summary>Keeps the first of each repeated string, in place (the lists are a handful of items long).</summary>
    private static void DropRepeats(List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            if (items.IndexOf(items[i], 0, i) >= 0)
            {
                items.RemoveAt(i);
            }
        }
    }
}
