using System.Collections.Immutable;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Data;

/// <summary>
/// A <see cref="SymptomReport"/> in a shape that survives JSON storage: enum names as text and open-ended
/// ranges ("more than 10 minutes") without an infinite number, which JSON cannot hold.
/// </summary>
public sealed class StoredReport
{
    public Dictionary<string, string> Flags { get; set; } = [];

    /// <summary>Fact → [min, max]; a null max means "or more".</summary>
    public Dictionary<string, double?[]> Numbers { get; set; } = [];

    public static StoredReport From(SymptomReport report) => new()
    {
        Flags = report.Flags.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal),
        Numbers = report.Numbers.ToDictionary(
            p => p.Key,
            p => new double?[] { p.Value.Min, double.IsPositiveInfinity(p.Value.Max) ? null : p.Value.Max },
            StringComparer.Ordinal),
    };

    public SymptomReport ToReport()
    {
        var flags = ImmutableDictionary.CreateBuilder<string, FactValue>(StringComparer.Ordinal);
        foreach (var (fact, value) in Flags)
        {
            if (Facts.Find(fact) is not null && Enum.TryParse<FactValue>(value, out var parsed) && parsed != FactValue.Unstated)
            {
                flags[fact] = parsed;
            }
        }

        var numbers = ImmutableDictionary.CreateBuilder<string, NumberRange>(StringComparer.Ordinal);
        foreach (var (fact, range) in Numbers)
        {
            if (Facts.Find(fact) is not null && range is [{ } min, var max])
            {
                numbers[fact] = new NumberRange(min, max ?? double.PositiveInfinity);
            }
        }

        return new SymptomReport(flags.ToImmutable(), numbers.ToImmutable());
    }
}
