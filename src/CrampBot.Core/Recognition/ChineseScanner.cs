namespace CrampBot.Core.Recognition;

/// <summary>
/// Finds durations and frequencies in simplified Chinese, reading characters directly (Chinese has no spaces
/// to tokenize on). Each attempt looks ahead a bounded distance, so a scan is linear in the input length.
/// </summary>
internal static class ChineseScanner
{
    private static readonly (string Word, QuantityModifier Mod)[] Prefixes =
    [
        ("大约", QuantityModifier.Approx), ("大概", QuantityModifier.Approx), ("大致", QuantityModifier.Approx),
        ("差不多", QuantityModifier.Approx), ("几乎", QuantityModifier.Approx), ("基本上", QuantityModifier.Approx),
        ("基本", QuantityModifier.Approx), ("将近", QuantityModifier.Approx), ("接近", QuantityModifier.Approx),
        ("约", QuantityModifier.Approx),
        ("不到", QuantityModifier.Less), ("不足", QuantityModifier.Less), ("最多", QuantityModifier.Less),
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
            or '大' or '差' or '基' or '将' or '接' or '约' or '不' or '最' or '顶' or '至' or '少' or '起' or '超' or '多';

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
        if (At(s, i, "不是") && (At(s, i + 2, '每') || At(s, i + 2, "天天")))
        {
            negated = true; // 不是每晚: not every night, an upper bound
            j = i + 2;
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

        if (found == Found.None)
        {
            return i;
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

    private static bool NegatedBefore(string s, int i) =>
        (i > 0 && s[i - 1] is '没' or '不' or '未')
        || (i > 1 && s[i - 2] is '没' or '不' or '未' && s[i - 1] is '会' or '能' or '要' or '有');

    private static bool IsBridgingVerb(char c) => c is '持' or '续' or '抽' or '疼' or '痛' or '要' or '会' or '能' or '就' or '都' or '也' or '有' or '是' or '了';

    // ---- frequencies ------------------------------------------------------------------------

    private struct Frequency
    {
        public int End;
        public double MinCount;
        public double MaxCount;
        public double PerAmount;
        public TimeUnit PerUnit;
        public QuantityModifier Modifier;
    }

    /// <summary>A period word: 天, 晚上, 周, 星期, 月, 年 … (after 每, 一, 两, 上 …).</summary>
    private static bool PeriodUnit(string s, int k, out TimeUnit unit, out double multiplier, out int end)
    {
        multiplier = 1;
        end = k;
        unit = TimeUnit.None;
        if (k >= s.Length)
        {
            return false;
        }

        if (At(s, k, "星期") || At(s, k, "礼拜"))
        {
            unit = TimeUnit.Week;
            end = k + 2;
        }
        else if (At(s, k, "季度"))
        {
            unit = TimeUnit.Month;
            multiplier = 3;
            end = k + 2;
        }
        else if (At(s, k, "晚上") || At(s, k, "夜里") || At(s, k, "夜晚"))
        {
            unit = TimeUnit.Day;
            end = k + 2;
        }
        else if (At(s, k, "小时"))
        {
            unit = TimeUnit.Hour;
            end = k + 2;
        }
        else
        {
            switch (s[k])
            {
                case '周':
                    unit = TimeUnit.Week;
                    break;
                case '月':
                    unit = TimeUnit.Month;
                    break;
                case '年':
                    unit = TimeUnit.Year;
                    break;
                case '天':
                case '日':
                case '晚':
                case '夜':
                    unit = TimeUnit.Day;
                    break;
                default:
                    return false;
            }

            end = k + 1;
        }

        return true;
    }

    private static bool TryFrequency(string s, int j, out Frequency f)
    {
        f = default;
        f.MinCount = f.MaxCount = 1;
        if (j >= s.Length)
        {
            return false;
        }

        int k;
        bool countRequired;
        var weekdayAllowed = false;
        var singleDay = false;
        double step = 1;
        double stepMin = 1;
        TimeUnit unit;
        double multiplier;
        var c = s[j];
        if (c == '每')
        {
            k = j + 1;
            var gap = At(s, k, '隔');
            if (gap)
            {
                k++;
            }

            if (k < s.Length && ChineseNumerals.CanStart(s[k]) && s[k] != '半'
                && ChineseNumerals.TryParse(s, k, out var n, allowRange: true) && n.Modifier == QuantityModifier.None)
            {
                var afterNumber = At(s, n.End, '个') ? n.End + 1 : n.End;
                if (PeriodUnit(s, afterNumber, out _, out _, out _))
                {
                    step = n.Max;
                    stepMin = n.Min;
                    k = n.End;
                }
            }

            if (gap && step == stepMin)
            {
                step += 1; // 每隔一晚: every second night (每隔两三天 is said loosely: every two or three days)
                stepMin = step;
            }

            if (At(s, k, '个'))
            {
                k++;
            }

            if (!PeriodUnit(s, k, out unit, out multiplier, out k))
            {
                return false;
            }

            countRequired = false;
            weekdayAllowed = unit == TimeUnit.Week && step == 1;
        }
        else if (At(s, j, "天天") || At(s, j, "夜夜") || At(s, j, "日日"))
        {
            unit = TimeUnit.Day;
            multiplier = 1;
            k = j + 2;
            countRequired = false;
        }
        else if (c == '隔')
        {
            k = j + 1;
            if (k < s.Length && ChineseNumerals.CanStart(s[k]) && ChineseNumerals.TryParse(s, k, out var n, allowRange: true)
                && n.Modifier == QuantityModifier.None && !n.IsHalf)
            {
                step = n.Max;
                stepMin = n.Min;
                k = n.End;
            }

            if (step == stepMin)
            {
                step += 1; // 隔天, 隔一天: every other day
                stepMin = step;
            }
            if (!PeriodUnit(s, k, out unit, out multiplier, out k) || unit != TimeUnit.Day)
            {
                return false;
            }

            countRequired = false;
        }
        else if (At(s, j, "昨晚") || At(s, j, "昨天") || At(s, j, "昨夜") || At(s, j, "今晚") || At(s, j, "今天"))
        {
            // 昨晚抽了三次: a count over that night, like 上周抽了三次 (but 今天抽了一次 is just "once")
            unit = TimeUnit.Day;
            multiplier = 1;
            k = j + 2;
            countRequired = true;
            singleDay = true;
        }
        else if (c is '上' or '这' or '本')
        {
            // 上周抽了三次: a count over last week
            k = At(s, j + 1, '个') ? j + 2 : j + 1;
            if (!PeriodUnit(s, k, out unit, out multiplier, out k) || unit < TimeUnit.Year || unit > TimeUnit.Week)
            {
                return false;
            }

            countRequired = true;
        }
        else if (ChineseNumerals.CanStart(c) && ChineseNumerals.TryParse(s, j, out var n, allowRange: true)
                 && n.Modifier == QuantityModifier.None)
        {
            // 一周两三次, 两天一次, 半个月一次
            k = SkipSpaces(s, n.End);
            if (At(s, k, '个'))
            {
                k++;
            }

            if (!PeriodUnit(s, k, out unit, out multiplier, out k) || (unit == TimeUnit.Year && n.Min >= 1000))
            {
                return false;
            }

            step = n.Max;
            stepMin = n.Min;
            countRequired = true;
        }
        else
        {
            return false;
        }

        if (unit == TimeUnit.Day)
        {
            foreach (var part in DayParts)
            {
                if (At(s, k, part))
                {
                    k += part.Length;
                    break;
                }
            }
        }

        f.PerUnit = unit;
        f.PerAmount = step * multiplier;
        var periodEnd = k;

        // Filler between the period and its count: 每周抽筋三次, 一年也就两三次, 每个星期都会有一两次.
        var innerMod = QuantityModifier.None;
        var p = k;
        for (var guard = 0; guard < 8 && p < s.Length; guard++)
        {
            if (TryCount(s, p, unit, out var count) && !(singleDay && count.MaxCount <= 1))
            {
                f.MinCount = count.MinCount;
                f.MaxCount = count.MaxCount * step / stepMin;
                f.End = count.End;
                f.Modifier = count.Modifier != QuantityModifier.None ? count.Modifier : innerMod;
                return true;
            }

            var matched = false;
            foreach (var (word, m) in InnerModifiers)
            {
                if (At(s, p, word))
                {
                    innerMod = m;
                    p += word.Length;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            if (!IsFiller(s[p]))
            {
                break;
            }

            p++;
        }

        if (countRequired)
        {
            return false;
        }

        f.End = periodEnd;
        f.MaxCount = f.MinCount * step / stepMin;
        if (weekdayAllowed && IsWeekdayDigit(s, periodEnd))
        {
            // 每周三: every Wednesday; 每周二和周四: twice a week
            f.End = periodEnd + 1;
            for (var guard = 0; guard < 6; guard++)
            {
                var q = f.End;
                if (q < s.Length && s[q] is '和' or '、' or '跟' or '与' or '及' or ',' or '，')
                {
                    q++;
                }

                var w = At(s, q, "星期") || At(s, q, "礼拜") ? q + 2 : At(s, q, '周') ? q + 1 : -1;
                if (w < 0 || !IsWeekdayDigit(s, w))
                {
                    break;
                }

                f.MinCount++;
                f.End = w + 1;
            }

            f.MaxCount = f.MinCount;
        }

        return true;
    }

    private static bool IsWeekdayDigit(string s, int k) => k < s.Length && s[k] is '一' or '二' or '三' or '四' or '五' or '六' or '日' or '天';

    /// <summary>Han characters that may stand between a period and its count (verbs, particles, body parts).</summary>
    private static bool IsFiller(char c)
    {
        if (c == ' ')
        {
            return true;
        }

        if (c < '\u4E00' || c > '\u9FFF' || ChineseNumerals.IsNumeral(c))
        {
            return false;
        }

        return c is not ('每' or '次' or '回' or '第' or '前' or '后' or '几' or '半' or '和' or '或' or '但' or '又' or '余' or '天' or '周' or '月' or '年');
    }

    /// <summary>A count: 三次, 两三回, 一到两次, 好几次, 十几次, 五次以上, and nights per week (三四个晚上).</summary>
    private static bool TryCount(string s, int p, TimeUnit period, out Frequency count)
    {
        count = default;
        if (p >= s.Length || !ChineseNumerals.CanStart(s[p]) || IsIdiom(s, p) || !ChineseNumerals.TryParse(s, p, out var n) || n.IsHalf)
        {
            return false;
        }

        var q = SkipSpaces(s, n.End);
        if (At(s, q, '个'))
        {
            q++;
        }

        if (q < s.Length && s[q] is '次' or '回' or '遍' or '趟')
        {
            q++;
        }
        else if (period is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && (At(s, q, "晚上") || At(s, q, "夜里")))
        {
            q += 2;
        }
        else if (period is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && q < s.Length && s[q] is '晚' or '天' or '夜')
        {
            q++;
        }
        else if (s.AsSpan(q).StartsWith("times", StringComparison.OrdinalIgnoreCase))
        {
            q += 5; // mixed text: 每周3 times
        }
        else if (s.AsSpan(q).StartsWith("x", StringComparison.OrdinalIgnoreCase))
        {
            q += 1;
        }
        else
        {
            return false;
        }

        count.MinCount = n.Min;
        count.MaxCount = n.Max;
        if (!n.IsRange && q + 1 < s.Length && s[q] is '到' or '至' or '-' or '~'
            && ChineseNumerals.TryParse(s, q + 1, out var upper, allowRange: false) && upper.Min > n.Min
            && upper.End < s.Length && s[upper.End] is '次' or '回')
        {
            count.MaxCount = upper.Min; // 两次到三次
            q = upper.End + 1;
        }

        count.Modifier = n.Modifier;
        count.End = q;
        var suffix = Suffix(s, q, out var suffixEnd);
        if (suffix != QuantityModifier.None)
        {
            count.End = suffixEnd;
            if (count.Modifier == QuantityModifier.None)
            {
                count.Modifier = suffix;
            }
        }

        return true;
    }

    private static QuantityModifier Suffix(string s, int q, out int end)
    {
        end = q;
        if (At(s, q, "左右") || At(s, q, "上下"))
        {
            end = q + 2;
            return QuantityModifier.Approx;
        }

        if (At(s, q, "以上") || At(s, q, "开外"))
        {
            end = q + 2;
            return QuantityModifier.More;
        }

        if (At(s, q, "以内") || At(s, q, "之内") || At(s, q, "以下") || At(s, q, "不到"))
        {
            end = q + 2;
            return QuantityModifier.Less;
        }

        if (At(s, q, "都不到") || At(s, q, "也不到"))
        {
            end = q + 3;
            return QuantityModifier.Less;
        }

        return QuantityModifier.None;
    }

    // ---- durations --------------------------------------------------------------------------

    private struct Duration
    {
        public int End;
        public DurationParts Min;
        public DurationParts Max;
        public QuantityModifier Modifier;
    }

    private struct UnitRead
    {
        public TimeUnit Unit;
        public double Multiplier;
        public int End;
        public bool Half;
        public bool More;
        public bool Approx;
    }

    /// <summary>The unit after a number: 秒(钟), 分钟, 分半钟, 个多小时, 钟头, 刻钟, 天, 周, 个月, 年 …</summary>
    private static bool DurationUnit(string s, int k, in ChineseNumber n, bool inCompound, out UnitRead u)
    {
        u = default;
        u.Multiplier = 1;
        var p = SkipSpaces(s, k);
        var ge = At(s, p, '个');
        if (ge)
        {
            p++;
            if (At(s, p, '多'))
            {
                u.More = true;
                p++;
            }
            else if (At(s, p, '半') && !n.IsHalf)
            {
                u.Half = true;
                p++;
            }
            else if (At(s, p, '来') || At(s, p, '把'))
            {
                u.Approx = true; // 一个来小时, 个把月: about one
                p++;
            }
        }

        if (At(s, p, '整'))
        {
            p++; // 一整晚, 一整天: a whole night is still one night
            if (At(s, p, '个'))
            {
                p++;
                ge = true;
            }
        }

        if (p >= s.Length)
        {
            return false;
        }

        if (At(s, p, "秒钟"))
        {
            (u.Unit, u.End) = (TimeUnit.Second, p + 2);
        }
        else if (s[p] == '秒')
        {
            (u.Unit, u.End) = (TimeUnit.Second, p + 1);
        }
        else if (At(s, p, "分钟"))
        {
            (u.Unit, u.End) = (TimeUnit.Minute, p + 2);
        }
        else if (At(s, p, "分多钟"))
        {
            (u.Unit, u.End, u.More) = (TimeUnit.Minute, p + 3, true);
        }
        else if (At(s, p, "分半钟"))
        {
            (u.Unit, u.End, u.Half) = (TimeUnit.Minute, p + 3, true);
        }
        else if (At(s, p, "分半"))
        {
            (u.Unit, u.End, u.Half) = (TimeUnit.Minute, p + 2, true);
        }
        else if (s[p] == '分' && inCompound)
        {
            (u.Unit, u.End) = (TimeUnit.Minute, p + 1);
        }
        else if (At(s, p, "刻钟"))
        {
            (u.Unit, u.End, u.Multiplier) = (TimeUnit.Minute, p + 2, 15);
        }
        else if (At(s, p, "小时") || At(s, p, "钟头"))
        {
            (u.Unit, u.End) = (TimeUnit.Hour, p + 2);
        }
        else if (s[p] == '钟' && ge)
        {
            (u.Unit, u.End) = (TimeUnit.Hour, p + 1);
        }
        else if (s[p] == '时' && inCompound && !(At(s, p + 1, '候') || At(s, p + 1, '间')))
        {
            (u.Unit, u.End) = (TimeUnit.Hour, p + 1);
        }
        else if (s[p] == '天')
        {
            (u.Unit, u.End) = (TimeUnit.Day, p + 1);
        }
        else if (At(s, p, "晚上") || At(s, p, "夜里"))
        {
            (u.Unit, u.End) = (TimeUnit.Day, p + 2);
        }
        else if (s[p] is '晚' or '夜' && !n.IsHalf)
        {
            // 两晚, 一夜; but 半夜 is midnight.
            (u.Unit, u.End) = (TimeUnit.Day, p + 1);
        }
        else if (At(s, p, "星期") || At(s, p, "礼拜"))
        {
            (u.Unit, u.End) = (TimeUnit.Week, p + 2);
        }
        else if (s[p] == '周')
        {
            (u.Unit, u.End) = (TimeUnit.Week, p + 1);
        }
        else if (s[p] == '月' && (ge || inCompound || n.IsHalf))
        {
            // Without 个, 三月 is March.
            (u.Unit, u.End) = (TimeUnit.Month, p + 1);
        }
        else if (At(s, p, "季度"))
        {
            (u.Unit, u.End, u.Multiplier) = (TimeUnit.Month, p + 2, 3);
        }
        else if (s[p] == '年' && n.Max < 1000 && !(At(s, p + 1, '级') || At(s, p + 1, '代') || At(s, p + 1, '纪')))
        {
            (u.Unit, u.End) = (TimeUnit.Year, p + 1);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool TryDuration(string s, int j, out Duration d)
    {
        d = default;
        if (j >= s.Length || !ChineseNumerals.CanStart(s[j]) || IsIdiom(s, j))
        {
            return false;
        }

        // 这两天, 近三个月, 过去三个月, 前两天: a stretch of the calendar, not a length.
        if (j > 0 && (s[j - 1] is '这' or '近' or '前' or '后' || (j > 1 && (At(s, j - 2, "过去") || At(s, j - 2, "去的")))))
        {
            return false;
        }

        if (!ReadPart(s, j, inCompound: false, out var first, out var k, out var mod))
        {
            return false;
        }

        // 有一天, 那一晚, 上一周: one particular day or week in a story, not a length.
        if (j > 0 && s[j] == '一' && !first.Min.IsEmpty && first.Min.TotalSeconds == first.Max.TotalSeconds
            && (s[j - 1] is '有' or '那' or '某' or '哪' or '当' or '同'
                || (s[j - 1] is '上' or '下' && first.Min.SingleUnit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
                    && first.Min.Amount(first.Min.SingleUnit) == 1)))
        {
            return false;
        }

        d.Min = first.Min;
        d.Max = first.Max;
        var single = first.Min.TotalSeconds == first.Max.TotalSeconds;

        // Compound: 八天又二十个小时, 一年多三个月又20天8小时余50分钟20秒, 五个星期3小时.
        for (var guard = 0; guard < 8 && single; guard++)
        {
            var q = k;
            var connector = q < s.Length && s[q] is '又' or '余' or '零' or '多' or '、';
            if (connector)
            {
                q++;
            }

            if (q >= s.Length || !ChineseNumerals.CanStart(s[q]) || !ReadPart(s, q, inCompound: true, out var part, out var partEnd, out var partMod)
                || part.Min.TotalSeconds != part.Max.TotalSeconds || partMod != QuantityModifier.None || d.Min.Has(part.Min.SingleUnit))
            {
                if (At(s, k, '多'))
                {
                    mod = QuantityModifier.More; // 一年多: over a year
                    k++;
                }

                break;
            }

            d.Min.Add(part.Min.SingleUnit, part.Min.Amount(part.Min.SingleUnit));
            d.Max = d.Min;
            k = partEnd;
        }

        // 一分钟到两分钟之间
        if (single && d.Min.SingleUnit != TimeUnit.None && k + 1 < s.Length && s[k] is '到' or '至' or '-' or '~' or '～'
            && ReadPart(s, k + 1, inCompound: false, out var upper, out var upperEnd, out var upperMod)
            && upperMod == QuantityModifier.None && upper.Min.SingleUnit != TimeUnit.None
            && upper.Min.TotalSeconds > d.Min.TotalSeconds)
        {
            d.Max = upper.Max;
            k = upperEnd;
        }

        if (At(s, k, "之间"))
        {
            k += 2;
        }

        // Relative dates and stretches: 两个月前, 这半年来, 三年以来.
        if (k < s.Length && (s[k] is '前' or '来' || At(s, k, "以前") || At(s, k, "之前") || At(s, k, "以来")))
        {
            return false;
        }

        var suffix = Suffix(s, k, out var suffixEnd);
        if (suffix != QuantityModifier.None)
        {
            k = suffixEnd;
            if (mod == QuantityModifier.None)
            {
                mod = suffix;
            }
        }

        d.End = k;
        d.Modifier = mod;
        return true;
    }

    /// <summary>Set phrases that only look like quantities: 三天两头 (all the time), 一天到晚, 一年四季, 一年到头.</summary>
    private static bool IsIdiom(string s, int j) =>
        At(s, j, "三天两头") || At(s, j, "一天到晚") || At(s, j, "一年四季") || At(s, j, "一年到头") || At(s, j, "一天天");

    private struct Part
    {
        public DurationParts Min;
        public DurationParts Max;
    }

    /// <summary>One number and its unit, with a trailing 半 (三年半, 两分半钟, 一个半小时).</summary>
    private static bool ReadPart(string s, int j, bool inCompound, out Part part, out int end, out QuantityModifier mod)
    {
        part = default;
        end = j;
        mod = QuantityModifier.None;
        if (!ChineseNumerals.TryParse(s, j, out var n) || !DurationUnit(s, n.End, n, inCompound, out var u))
        {
            return false;
        }

        var min = n.Min;
        var max = n.Max;
        var k = u.End;
        if (!n.IsRange && !n.IsHalf && (u.Half || (At(s, k, '半') && !u.More)))
        {
            min += 0.5;
            max += 0.5;
            if (!u.Half)
            {
                k++;
            }
        }

        mod = n.Modifier != QuantityModifier.None ? n.Modifier
            : u.More ? QuantityModifier.More
            : u.Approx ? QuantityModifier.Approx
            : QuantityModifier.None;
        part.Min = DurationParts.Of(u.Unit, min * u.Multiplier);
        part.Max = DurationParts.Of(u.Unit, max * u.Multiplier);
        end = k;
        return true;
    }
}
