using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrampBot.Core.Recognition;

/// <summary>
/// Amounts per unit of one spoken duration ("1 year 1 month 21 days", 八天又二十个小时).
/// A value type so that parsing allocates nothing until an item is really found.
/// </summary>
internal struct DurationParts
{
    private Amounts _amounts;
    private byte _mask;

    public readonly bool IsEmpty => _mask == 0;

    public readonly bool Has(TimeUnit unit) => (_mask & (1 << (int)unit)) != 0;

    /// <summary>The only unit used, or None when there are several (or none).</summary>
    public readonly TimeUnit SingleUnit
    {
        get
        {
            for (var u = TimeUnit.Year; u <= TimeUnit.Second; u++)
            {
                if (_mask == 1 << (int)u)
                {
                    return u;
                }
            }

            return TimeUnit.None;
        }
    }

    public readonly double Amount(TimeUnit unit) => _amounts[(int)unit];

    public static DurationParts Of(TimeUnit unit, double amount)
    {
        var parts = default(DurationParts);
        parts.Add(unit, amount);
        return parts;
    }

    public void Add(TimeUnit unit, double amount)
    {
        _amounts[(int)unit] += amount;
        _mask |= (byte)(1 << (int)unit);
    }

    public readonly double TotalSeconds
    {
        get
        {
            double total = 0;
            for (var u = TimeUnit.Year; u <= TimeUnit.Second; u++)
            {
                total += _amounts[(int)u] * TimeUnits.Seconds(u);
            }

            return total;
        }
    }

    /// <summary>ISO-8601 text keeping the units the user said (PT1.5H, P1Y1M21D, P5WT3H).</summary>
    public readonly string ToIso()
    {
        Span<char> buffer = stackalloc char[160];
        var n = 0;
        buffer[n++] = 'P';
        var timeStarted = false;
        for (var u = TimeUnit.Year; u <= TimeUnit.Second; u++)
        {
            if (!Has(u))
            {
                continue;
            }

            if (u >= TimeUnit.Hour && !timeStarted)
            {
                buffer[n++] = 'T';
                timeStarted = true;
            }

            // Parsers cap amounts well below 1e15, so 24 characters always suffice.
            if (!_amounts[(int)u].TryFormat(buffer[n..], out var written, "0.######", CultureInfo.InvariantCulture))
            {
                return "P0D";
            }

            n += written;
            buffer[n++] = TimeUnits.Designator(u);
        }

        return n == 1 ? "PT0S" : new string(buffer[..n]);
    }

    [InlineArray(8)]
    private struct Amounts
    {
        private double _element;
    }
}
