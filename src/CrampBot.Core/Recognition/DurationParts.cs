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
        var parts = this;
        var minutes = _amounts[(int)TimeUnit.Minute];
        if (Has(TimeUnit.Minute) && minutes != Math.Floor(minutes))
        {
            // Written the way the case files do: 两分半钟 is PT2M30S, 半分钟 PT30S (hours keep PT1.5H).
            parts._amounts[(int)TimeUnit.Minute] = Math.Floor(minutes);
            parts.Add(TimeUnit.Second, (minutes - Math.Floor(minutes)) * 60);
            if (minutes < 1)
            {
                parts._mask &= unchecked((byte)~(1 << (int)TimeUnit.Minute));
            }
        }

        return parts.Format();
    }

    private readonly string Format()
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

            n += WriteNumber(buffer[n..], _amounts[(int)u]);
            buffer[n++] = TimeUnits.Designator(u);
        }

        return n == 1 ? "PT0S" : new string(buffer[..n]);
    }

    /// <summary>
    /// Writes a non-negative amount with up to six decimals and no trailing zeros ("3", "1.5", "0.25").
    /// Hand-written because the first call to double formatting costs milliseconds of culture set-up.
    /// Parsers cap amounts far below 1e12, so the 24 characters left in the buffer always suffice.
    /// </summary>
    private static int WriteNumber(Span<char> buffer, double value)
    {
        var scaled = (long)Math.Round(Math.Clamp(value, 0, 1e12) * 1_000_000);
        var whole = scaled / 1_000_000;
        var fraction = scaled % 1_000_000;
        var n = 0;
        Span<char> digits = stackalloc char[20];
        var d = 0;
        do
        {
            digits[d++] = (char)('0' + (whole % 10));
            whole /= 10;
        }
        while (whole > 0);

        while (d > 0)
        {
            buffer[n++] = digits[--d];
        }

        if (fraction > 0)
        {
            buffer[n++] = '.';
            for (var place = 100_000; place > 0 && fraction > 0; place /= 10)
            {
                buffer[n++] = (char)('0' + (fraction / place));
                fraction %= place;
            }
        }

        return n;
    }

    [InlineArray(8)]
    private struct Amounts
    {
        private double _element;
    }
}
