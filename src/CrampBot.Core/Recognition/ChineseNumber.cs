namespace CrampBot.Core.Recognition;

/// <summary>A number read from Chinese text, with the range or bound the way it was said carries.</summary>
internal struct ChineseNumber
{
    public double Min;
    public double Max;
    public int End;
    public QuantityModifier Modifier;

    /// <summary>True for 半 on its own ("半小时"), which takes 个 and units like a number.</summary>
    public bool IsHalf;

    /// <summary>True for 几 and 好几 ("a few", read as 3).</summary>
    public bool IsVague;

    public readonly bool IsRange => Min != Max;
}

/// <summary>
/// Reads numbers as Chinese speakers write them: digits, 两/十五/一百二十, colloquial pairs (两三, 三四十, 三五),
/// vague 几/好几, 半, and the marks after a number: 多 and 几 (more than), 来 (about).
/// </summary>
internal static class ChineseNumerals
{
    private const double MaxNumber = 1e7;

    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    public static int Multiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        _ => 0,
    };

    public static bool IsNumeral(char c) => Digit(c) >= 0 || Multiplier(c) > 0;

    public static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || (c >= '０' && c <= '９');

    /// <summary>Characters that may begin a number; callers use this as a cheap first test.</summary>
    public static bool CanStart(char c) => IsNumeral(c) || IsDigitLike(c) || c is '半' or '几' or '好';

    /// <summary>Whether a number may start at <paramref name="i"/>: not inside another number, not an ordinal (第三).</summary>
    public static bool IsNumberBoundary(string s, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var p = s[i - 1];
        return !(IsNumeral(p) || IsDigitLike(p) || p is '.' or '第' or '几' or '半' or ':' or '：');
    }

    public static bool TryParse(string s, int i, out ChineseNumber n, bool allowRange = true)
    {
        n = default;
        if (i >= s.Length)
        {
            return false;
        }

        var c = s[i];
        int k;
        if (IsDigitLike(c))
        {
            k = i;
            double value = 0;
            while (k < s.Length && IsDigitLike(s[k]) && k - i < 9)
            {
                value = (value * 10) + DigitValue(s[k]);
                k++;
            }

            if (k < s.Length && IsDigitLike(s[k]))
            {
                return false; // an id or a phone number
            }

            if (k + 1 < s.Length && s[k] == '.' && IsDigitLike(s[k + 1]))
            {
                var fracStart = k + 1;
                k = fracStart;
                var scale = 0.1;
                while (k < s.Length && IsDigitLike(s[k]) && k - fracStart < 6)
                {
                    value += DigitValue(s[k]) * scale;
                    scale /= 10;
                    k++;
                }

                value = Math.Round(value, 6);
            }

            n.Min = n.Max = value;
        }
        else if (c == '半')
        {
            n.Min = n.Max = 0.5;
            n.IsHalf = true;
            k = i + 1;
        }
        else if (c == '几')
        {
            n.Min = n.Max = 3;
            n.IsVague = true;
            k = i + 1;
        }
        else if (c == '好' && i + 1 < s.Length && s[i + 1] == '几')
        {
            n.Min = n.Max = 3;
            n.IsVague = true;
            k = i + 2;
        }
        else if (IsNumeral(c))
        {
            k = i;
            while (k < s.Length && IsNumeral(s[k]) && k - i < 12)
            {
                k++;
            }

            if (!TryValue(s.AsSpan(i, k - i), out n.Min, out n.Max))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        // Marks after the number: 十几 and 二十多 are "more than" the base, 十来 is about.
        if (k < s.Length && !n.IsHalf && c != '几' && c != '好')
        {
            var after = s[k];
            var isRound = n.Min >= 10 && n.Min % 10 == 0;
            if (after == '几' && isRound && (k + 1 >= s.Length || s[k + 1] != '乎'))
            {
                n.Modifier = QuantityModifier.More;
                k++;
            }
            else if (after == '多' && isRound)
            {
                n.Modifier = QuantityModifier.More;
                k++;
            }
            else if (after == '来' && isRound)
            {
                n.Modifier = QuantityModifier.Approx;
                k++;
            }
        }

        // 一到两, 三至五, 20-30
        if (allowRange && !n.IsRange && n.Modifier == QuantityModifier.None && k + 1 < s.Length
            && s[k] is '到' or '至' or '-' or '~' or '～' or '—' or '–'
            && TryParse(s, k + 1, out var upper, allowRange: false) && upper.Min > n.Min
            && upper.Modifier == QuantityModifier.None && !upper.IsHalf)
        {
            n.Max = upper.Max;
            k = upper.End;
        }

        if (n.Max > MaxNumber)
        {
            return false;
        }

        n.End = k;
        return true;
    }

    private static int DigitValue(char c) => c >= '０' ? c - '０' : c - '0';

    /// <summary>Value of a run of numerals; a colloquial pair (两三, 三四十, 十三四) becomes a range.</summary>
    private static bool TryValue(ReadOnlySpan<char> run, out double min, out double max)
    {
        for (var p = 0; p + 1 < run.Length; p++)
        {
            var a = Digit(run[p]);
            var b = Digit(run[p + 1]);
            if (a > 0 && b > 0 && (b == a + 1 || (a == 3 && b == 5)))
            {
                // The lower reading drops the second digit, the upper one the first: 三四十 → 三十 / 四十.
                if (Plain(run, skip: p + 1, out min) && Plain(run, skip: p, out max))
                {
                    return true;
                }
            }
        }

        if (Plain(run, skip: -1, out min))
        {
            max = min;
            return true;
        }

        max = 0;
        return false;
    }

    private static bool Plain(ReadOnlySpan<char> run, int skip, out double value)
    {
        double total = 0;
        double section = 0;
        double digit = -1;
        var digits = 0;
        for (var p = 0; p < run.Length; p++)
        {
            if (p == skip)
            {
                continue;
            }

            var c = run[p];
            var d = Digit(c);
            if (d == 0)
            {
                continue; // 一百零五: 零 only marks a gap
            }

            if (d > 0)
            {
                if (digit >= 0 && digits > 0)
                {
                    // Two digits in a row without a unit ("一二") only make sense as a list of digits.
                    value = 0;
                    return false;
                }

                digit = d;
                digits++;
                continue;
            }

            var m = Multiplier(c);
            if (m == 10000)
            {
                section += Math.Max(digit, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            }
            else
            {
                section += (digit < 0 ? 1 : digit) * m;
            }

            digit = -1;
            digits = 0;
        }

        value = total + section + Math.Max(digit, 0);
        return value > 0 || run.Length > 0;
    }
}
