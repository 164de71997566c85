namespace CrampBot.Core.Recognition;

/// <summary>
/// Finds durations and frequencies in simplified Chinese, reading characters directly (Chinese has no spaces
/// to tokenize on). Each attempt looks ahead a bounded distance, so a scan is linear in the input length.
/// </summary>
internal static partial class ChineseScanner
{
    private static readonly (string Word, QuantityModifier Mod)[] Prefixes =
    [
        ("大约", QuantityModifier.Approx), ("大概", QuantityModifier.Approx), ("大致", QuantityModifier.Approx),
        ("差不多", QuantityModifier.Approx), ("几乎", QuantityModifier.Approx), ("基本上", QuantityModifier.Approx),
        ("基本", QuantityModifier.Approx), ("将近", QuantityModifier.Approx), ("接近", QuantityModifier.Approx),
        ("约", QuantityModifier.Approx),
        ("不到", QuantityModifier.Less), ("不足", QuantityModifier.Less), ("最多", QuantityModifier.Less),
        ("没有", QuantityModifier.Less), ("还没", QuantityModifier.Less),
        ("顶多", QuantityModifier.Less), ("至多", QuantityModifier.Less), ("不超过", QuantityModifier.Less),
        ("少于", QuantityModifier.Less), ("最长", QuantityModifier.Less),
        ("至少", QuantityModifier.More), ("最少", QuantityModifier.More), ("起码", QuantityModifier.More),
        ("超过", QuantityModifier.More), ("多于", QuantityModifier.More), ("最短", QuantityModifier.More),
    ];

    /// <summary>Modifiers that sit between a period and its count: 一周大概三次, 一个月最多一次, 一周不到一次.</summary>
    private static readonly (string Word, QuantityModifier Mod)[] InnerModifiers =
    [
        ("大概", QuantityModifier.Approx), ("大约", QuantityModifier.Approx), ("差不多", QuantityModifier.Approx),
        ("基本上", QuantityModifier.Approx), ("几乎", QuantityModifier.Approx), ("约", QuantityModifier.Approx),
        ("最多", QuantityModifier.Less), ("顶多", QuantityModifier.Less), ("不到", QuantityModifier.Less),
        ("不超过", QuantityModifier.Less), ("少于", QuantityModifier.Less), ("至少", QuantityModifier.More),
        ("最少", QuantityModifier.More), ("起码", QuantityModifier.More), ("超过", QuantityModifier.More),
        ("多于", QuantityModifier.More),
    ];

    private static readonly string[] DayParts = ["晚上", "夜里", "夜晚", "夜间", "早上", "早晨", "上午", "下午", "中午", "半夜", "睡前"];

    public static void Scan(string s, ref List<Recognized>? results)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (!MayStart(s[i]))
            {
                i++;
                continue;
            }

            var next = TryItem(s, i, ref results);
            i = next > i ? next : i + 1;
        }
    }

    private static bool MayStart(char c) =>
        ChineseNumerals.CanStart(c) || c is '每' or '天' or '夜' or '日' or '隔' or '上' or '这' or '本' or '昨' or '今'
            or '大' or '差' or '基' or '将' or '接' or '约' or '不' or '最' or '顶' or '至' or '少' or '起' or '超' or '多' or '没' or '还' or '并';

    private static bool At(string s, int i, string word) => s.AsSpan(i).StartsWith(word, StringComparison.Ordinal);

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    private static int SkipSpaces(string s, int k)
    {
        while (k < s.Length && (s[k] == ' ' || s[k] == '\u3000'))
        {
            k++;
        }

        return k;
    }

    private static int TryItem(string s, int i, ref List<Recognized>? results)
    {
        var j = i;
        var mod = QuantityModifier.None;
        var negated = false;
        var negation = NegationBeforeEvery(s, i);
        if (negation > 0)
        {
            negated = true; // 不是每晚, 没有天天, 不一定每天: not every night, an upper bound
            j = i + negation;
        }
        else
        {
            foreach (var (word, m) in Prefixes)
            {
                if (At(s, i, word))
                {
                    j = i + word.Length;
                    mod = m;
                    break;
                }
            }
        }

        if (j == i && ChineseNumerals.CanStart(s[i]) && !ChineseNumerals.IsNumberBoundary(s, i))
        {
            return i;
        }

        if (mod == QuantityModifier.More && NegatedBefore(s, i))
        {
            mod = QuantityModifier.Less; // 从来没超过三十秒, 不会超过两分钟: an upper bound
        }

        var found = TryQuantity(s, j, allowDuration: !negated, out var f, out var d);
        if (found == Found.None && mod != QuantityModifier.None)
        {
            // 大概持续三十秒, 至少要抽三次: a bound may stand before the verb.
            var p = j;
            if (At(s, p, "每次"))
            {
                p += 2; // 大概每次两分钟
            }

            while (p < s.Length && p - j < 4 && IsBridgingVerb(s[p]))
            {
                p++;
            }

            if (p > j)
            {
                found = TryQuantity(s, p, allowDuration: true, out f, out d);
            }
        }

        if (found == Found.None || (found == Found.Frequency && !ItemFactory.IsUsablePeriod(f.PerAmount, f.MinCount, f.MaxCount)))
        {
            return i; // nothing, or a period of zero (每0天)
        }

        results ??= new List<Recognized>(4);
        if (found == Found.Frequency)
        {
            mod = negated ? QuantityModifier.Less : mod != QuantityModifier.None ? mod : f.Modifier;
            results.Add(ItemFactory.Frequency(s, i, f.End, f.MinCount, f.MaxCount, f.PerAmount, f.PerUnit, mod));
            return f.End;
        }

        mod = mod != QuantityModifier.None ? mod : d.Modifier;
        results.Add(ItemFactory.Duration(s, i, d.End, d.Min, d.Max, mod));
        return d.End;
    }

    private enum Found
    {
        None,
        Frequency,
        Duration,
    }

    private static Found TryQuantity(string s, int j, bool allowDuration, out Frequency f, out Duration d)
    {
        d = default;
        if (TryFrequency(s, j, out f))
        {
            return Found.Frequency;
        }

        return allowDuration && TryDuration(s, j, out d) ? Found.Duration : Found.None;
    }

    /// <summary>Length of 不是/没有/不会/不一定/并非 when a 每… or 天天 period follows, else 0.</summary>
    private static int NegationBeforeEvery(string s, int i)
    {
        var length = At(s, i, "不一定") ? 3
            : At(s, i, "不是") || At(s, i, "没有") || At(s, i, "不会") || At(s, i, "并非") ? 2
            : 0;
        return length > 0 && (At(s, i + length, '每') || At(s, i + length, "天天")) ? length : 0;
    }

    private static bool NegatedBefore(string s, int i) =>
        (i > 0 && s[i - 1] is '没' or '不' or '未')
        || (i > 1 && s[i - 2] is '没' or '不' or '未' && s[i - 1] is '会' or '能' or '要' or '有');

    private static bool IsBridgingVerb(char c) => c is '持' or '续' or '抽' or '疼' or '痛' or '要' or '会' or '能' or '就' or '都' or '也' or '有' or '是' or '了';
}
