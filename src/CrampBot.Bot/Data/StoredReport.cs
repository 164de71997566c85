using System.Collections.Immutable;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Data;

/// <summary>
/// A <see cref="SymptomReport"/> in a shape that survives JSON storage: enum names as text and open-ended
/// ranges ("more than 10 minutes") without an infinite number, which JSON cannot hold.
/// </summary>
public sealed class StoredReport
{
    // The report this was made from or last turned into, with the tables it belongs to: a turn asks for the report
    // several times (the red-flag scan, the next question, the advice), and rebuilding it each time was a cost of
    // every turn. The tables are read-only, so a report is stale only once one of them is replaced.
    private (object Flags, object Numbers, SymptomReport Report)? _made;

    public IReadOnlyDictionary<string, string> Flags { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Fact → [min, max]; a null max means "or more".</summary>
    public IReadOnlyDictionary<string, double?[]> Numbers { get; set; } = new Dictionary<string, double?[]>(StringComparer.Ordinal);

    public static StoredReport From(SymptomReport report)
    {
        var stored = new StoredReport
        {
            Flags = report.Flags.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal),
            Numbers = report.Numbers.ToDictionary(
                p => p.Key,
                p => new double?[] { p.Value.Min, double.IsPositiveInfinity(p.Value.Max) ? null : p.Value.Max },
                StringComparer.Ordinal),
        };
        stored._made = (stored.Flags, stored.Numbers, report);
        return stored;
    }

    public SymptomReport ToReport()
    {
        if (_made is { } made && ReferenceEquals(made.Flags, Flags) && ReferenceEquals(made.Numbers, Numbers))
        {
            return made.Report;
        }

        var report = Build();
        _made = (Flags, Numbers, report);
        return report;
    }

    private SymptomReport Build()
    {
        var flags = ImmutableDictionary.CreateBuilder<string, FactValue>(FactNameComparer.Instance);
        foreach (var (fact, value) in Flags)
        {
            if (Facts.Find(fact) is not null && Enum.TryParse<FactValue>(value, out var parsed) && parsed != FactValue.Unstated)
            {
                flags[fact] = parsed;
            }
        }

        var numbers = ImmutableDictionary.CreateBuilder<string, NumberRange>(FactNameComparer.Instance);
        foreach (var (fact, range) in Numbers)
        {
            if (Facts.Find(fact) is not null && range is [{ } min, var max])
            {
                numbers[fact] = new NumberRange(min, max ?? double.PositiveInfinity);
                flags.Remove(fact); // a stated number wins over a flag for the same fact, as in SymptomReport.WithNumber
            }
        }

        return new SymptomReport(flags.ToImmutable(), numbers.ToImmutable());
    }
}
