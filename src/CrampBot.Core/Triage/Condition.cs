namespace CrampBot.Core.Triage;

/// <summary>
/// A rule's condition over facts, evaluated in three-valued logic: true, false, or null when it depends on
/// facts we do not know yet. A rule fires only on true, so an unstated or negated fact never fires a rule,
/// and null tells us which questions could still change the answer.
/// </summary>
public abstract record Condition
{
    /// <param name="report">The facts.</param>
    /// <param name="dontKnowAsYes">Treat "I don't know" answers as yes: used to find red flags not ruled out.</param>
    public abstract bool? Evaluate(SymptomReport report, bool dontKnowAsYes);

    /// <summary>Facts in this condition, for validation and documentation.</summary>
    public abstract IEnumerable<string> FactNames { get; }

    /// <summary>The unstated facts that could still settle this condition; only parts still undecided count.</summary>
    public abstract void CollectOpen(SymptomReport report, bool dontKnowAsYes, List<string> into);

    /// <summary>The facts that made this (true) condition true: the "because you said …" list.</summary>
    public abstract void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into);
}

/// <summary>A yes/no fact is yes.</summary>
public sealed record FactIsYes(string Fact) : Condition
{
    public override bool? Evaluate(SymptomReport report, bool dontKnowAsYes) => report[Fact] switch
    {
        FactValue.Yes => true,
        FactValue.No => false,
        FactValue.DontKnow when dontKnowAsYes => true,
        _ => null,
    };

    public override IEnumerable<string> FactNames => [Fact];

    public override void CollectOpen(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        if (report[Fact] == FactValue.Unstated)
        {
            into.Add(Fact);
        }
    }

    public override void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        if (Evaluate(report, dontKnowAsYes) == true)
        {
            into.Add(Fact);
        }
    }
}

/// <summary>Comparison operators for number facts.</summary>
public enum CompareOp
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>
/// A number fact compared with a threshold. The user's value is a range; the comparison holds when any value
/// in the range satisfies it ("two or three times a week" can reach 3), which leans towards asking a doctor.
/// </summary>
public sealed record Compare(string Fact, CompareOp Op, double Threshold) : Condition
{
    public override bool? Evaluate(SymptomReport report, bool dontKnowAsYes)
    {
        if (report.Number(Fact) is not { } range)
        {
            return report[Fact] == FactValue.DontKnow && dontKnowAsYes ? true : null;
        }

        return Op switch
        {
            CompareOp.Greater => range.Max > Threshold,
            CompareOp.GreaterOrEqual => range.Max >= Threshold,
            CompareOp.Less => range.Min < Threshold,
            CompareOp.LessOrEqual => range.Min <= Threshold,
            _ => throw new InvalidOperationException(Op.ToString()),
        };
    }

    public override IEnumerable<string> FactNames => [Fact];

    public override void CollectOpen(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        if (report[Fact] == FactValue.Unstated)
        {
            into.Add(Fact);
        }
    }

    public override void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        if (Evaluate(report, dontKnowAsYes) == true)
        {
            into.Add(Fact);
        }
    }
}

/// <summary>
/// AND and OR in Kleene's three-valued logic: a part with the <see cref="Deciding"/> value decides the whole;
/// otherwise any unknown part leaves the whole unknown, and with none it is the other value.
/// </summary>
public abstract record Junction(IReadOnlyList<Condition> Parts) : Condition
{
    /// <summary>The value one part needs to decide the whole: false for AND, true for OR.</summary>
    protected abstract bool Deciding { get; }

    public override bool? Evaluate(SymptomReport report, bool dontKnowAsYes)
    {
        // Indexed, not foreach: the parts are an interface, and its enumerator was allocated on every evaluation,
        // which the rule service does for every rule on every turn.
        var result = (bool?)!Deciding;
        for (var i = 0; i < Parts.Count; i++)
        {
            var value = Parts[i].Evaluate(report, dontKnowAsYes);
            if (value == Deciding)
            {
                return Deciding;
            }

            if (value is null)
            {
                result = null;
            }
        }

        return result;
    }

    public override IEnumerable<string> FactNames => Parts.SelectMany(p => p.FactNames);

    public override void CollectOpen(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        if (Evaluate(report, dontKnowAsYes) is not null)
        {
            return;
        }

        for (var i = 0; i < Parts.Count; i++)
        {
            var part = Parts[i];
            if (part.Evaluate(report, dontKnowAsYes) is null)
            {
                part.CollectOpen(report, dontKnowAsYes, into);
            }
        }
    }
}

/// <summary>All parts hold (Kleene AND: any false makes it false, otherwise any unknown makes it unknown).</summary>
public sealed record AllOf(IReadOnlyList<Condition> Parts) : Junction(Parts)
{
    protected override bool Deciding => false;

    public override void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        foreach (var part in Parts)
        {
            part.CollectSupport(report, dontKnowAsYes, into);
        }
    }
}

/// <summary>At least one part holds (Kleene OR).</summary>
public sealed record AnyOf(IReadOnlyList<Condition> Parts) : Junction(Parts)
{
    protected override bool Deciding => true;

    public override void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
        // Only the parts that hold support an OR; a false branch said nothing about why it fired.
        foreach (var part in Parts)
        {
            if (part.Evaluate(report, dontKnowAsYes) == true)
            {
                part.CollectSupport(report, dontKnowAsYes, into);
            }
        }
    }
}

/// <summary>The part does not hold. Unknown stays unknown, so "not swelling" needs a stated "no swelling".</summary>
public sealed record NotCondition(Condition Part) : Condition
{
    public override bool? Evaluate(SymptomReport report, bool dontKnowAsYes) => !Part.Evaluate(report, dontKnowAsYes);

    public override IEnumerable<string> FactNames => Part.FactNames;

    public override void CollectOpen(SymptomReport report, bool dontKnowAsYes, List<string> into) =>
        Part.CollectOpen(report, dontKnowAsYes, into);

    // A negated part is not something the user said; it supports nothing.
    public override void CollectSupport(SymptomReport report, bool dontKnowAsYes, List<string> into)
    {
    }
}
