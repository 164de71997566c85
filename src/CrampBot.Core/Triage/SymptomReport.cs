using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CrampBot.Core.Triage;

/// <summary>
/// Everything the user has told us, as facts. Immutable: every change returns a new report, so a dialog can
/// keep the previous one and the rule service stays a pure function of its input.
/// </summary>
/// <param name="Flags">Yes / no / don't-know per fact name. A fact that is absent is unstated.
/// Number facts only appear here when the user said "I don't know".</param>
/// <param name="Numbers">Number facts (episodes per week, minutes per episode, weeks so far, age in years).</param>
public sealed record SymptomReport(
    ImmutableDictionary<string, FactValue> Flags,
    ImmutableDictionary<string, NumberRange> Numbers)
{
    public static SymptomReport Empty { get; } = new(
        ImmutableDictionary.Create<string, FactValue>(FactNameComparer.Instance),
        ImmutableDictionary.Create<string, NumberRange>(FactNameComparer.Instance));

    [JsonIgnore]
    public NumberRange? FrequencyPerWeek => Number(Facts.FrequencyPerWeek);

    [JsonIgnore]
    public NumberRange? EpisodeMinutes => Number(Facts.EpisodeMinutes);

    [JsonIgnore]
    public NumberRange? HistoryWeeks => Number(Facts.HistoryWeeks);

    [JsonIgnore]
    public NumberRange? AgeYears => Number(Facts.AgeYears);

    [JsonIgnore]
    public AgeBand AgeBand => AgeYears switch
    {
        null => AgeBand.Unknown,
        { Max: < 18 } => AgeBand.Under18,
        { Min: >= 60 } => AgeBand.Over60,
        _ => AgeBand.Adult18To59,
    };

    /// <summary>The state of a fact. A number fact with a value counts as <see cref="FactValue.Yes"/>.</summary>
    /// <remarks>
    /// A fact is in at most one of the two tables (<see cref="With"/> and <see cref="WithNumber"/> keep it so), and most
    /// lookups are yes/no facts: the flags are asked first and the few numbers only when the flags do not know it.
    /// </remarks>
    public FactValue this[string fact]
    {
        get
        {
            if (Flags.TryGetValue(fact, out var value))
            {
                return value;
            }

            return Numbers.Count > 0 && Numbers.ContainsKey(fact) ? FactValue.Yes : FactValue.Unstated;
        }
    }

    public NumberRange? Number(string fact) => Numbers.GetValueOrDefault(fact);

    /// <summary>Sets a yes/no fact, or records "I don't know" for any fact (an answer to its question).</summary>
    public SymptomReport With(string fact, FactValue value)
    {
        var definition = Facts.Get(fact);
        if (definition.Kind == FactKind.Number && value is FactValue.Yes or FactValue.No)
        {
            throw new ArgumentException($"'{fact}' is a number; use {nameof(WithNumber)}.", nameof(value));
        }

        var flags = value == FactValue.Unstated ? Flags.Remove(fact) : Flags.SetItem(fact, value);
        var numbers = definition.Kind == FactKind.Number ? Numbers.Remove(fact) : Numbers;
        return this with { Flags = flags, Numbers = numbers };
    }

    /// <summary>Sets a number fact.</summary>
    public SymptomReport WithNumber(string fact, NumberRange value)
    {
        if (Facts.Get(fact).Kind != FactKind.Number)
        {
            throw new ArgumentException($"'{fact}' is a yes/no fact; use {nameof(With)}.", nameof(fact));
        }

        return this with { Flags = Flags.Remove(fact), Numbers = Numbers.SetItem(fact, value) };
    }

    /// <summary>
    /// Folds newly extracted facts into this report. What the newer report states wins; what it leaves
    /// unstated keeps the old value, so a later vague message never erases an earlier clear answer.
    /// </summary>
    public SymptomReport Merge(SymptomReport newer)
    {
        var result = this;
        foreach (var (fact, value) in newer.Flags)
        {
            if (value != FactValue.Unstated)
            {
                result = result.With(fact, value);
            }
        }

        foreach (var (fact, value) in newer.Numbers)
        {
            result = result.WithNumber(fact, value);
        }

        return result;
    }

    /// <summary>Facts with a stated value, for logs and the CLI.</summary>
    public override string ToString() =>
        string.Join(", ", Flags.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")
            .Concat(Numbers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
}
