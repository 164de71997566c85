namespace CrampBot.Core.Recognition;

/// <summary>Chinese durations: 两三分钟, 一个多小时, 两分半钟, 八天又二十个小时, 一分钟到两分钟之间.</summary>
internal static partial class ChineseScanner
{
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
        else if ((At(s, p, "晚上") || At(s, p, "夜里") || (s[p] is '晚' or '夜' && !n.IsHalf)) && n.Max > 1)
        {
            // 三晚上, 两夜: how many nights it happened, a count and not a length (一晚上 is one night long).
            return false;
        }
        else if (At(s, p, "晚上") || At(s, p, "夜里"))
        {
            (u.Unit, u.End) = (TimeUnit.Day, p + 2);
        }
        else if (s[p] is '晚' or '夜' && !n.IsHalf)
        {
            // 一晚, 一夜; but 半夜 is midnight.
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
        if (j > 0 && (s[j - 1] is '这' or '近' or '前' or '后' or '比' || (j > 1 && (At(s, j - 2, "过去") || At(s, j - 2, "去的")))))
        {
            return false;
        }

        if (!ReadPart(s, j, inCompound: false, out var first, out var k, out var mod))
        {
            return false;
        }

        // 有一天, 那一晚, 上一周: one particular day or week in a story, not a length
        // (but 已经有一个月了 is a length, and so is 没有一分钟).
        var calendarUnit = first.Min.SingleUnit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year;
        if (j > 0 && s[j] == '一' && calendarUnit && first.Min.TotalSeconds == first.Max.TotalSeconds
            && (s[j - 1] is '那' or '某' or '哪' or '当' or '同'
                || (s[j - 1] == '有' && !(At(s, k, '了') || At(s, k, '多')))
                || (s[j - 1] is '上' or '下' && first.Min.SingleUnit != TimeUnit.Day && first.Min.Amount(first.Min.SingleUnit) == 1)))
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
            mod = QuantityModifier.None; // 十几秒到一分钟: the range replaces "more than ten seconds"
        }

        if (At(s, k, "之间"))
        {
            k += 2;
        }

        // Relative dates and stretches (两个月前, 这半年来, 三年以来) and comparisons (一天比一天).
        if (k < s.Length && (s[k] is '前' or '来' or '比' || At(s, k, "以前") || At(s, k, "之前") || At(s, k, "以来")))
        {
            return false;
        }

        if (RateOfSomethingElse(s, k, d.Min))
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

    /// <summary>
    /// Set phrases that only look like quantities: 三天两头 (all the time), 一天到晚 and 一年到头 (all along),
    /// 一年四季 (all year round), 一夜之间 (overnight), 一年半载 (some time).
    /// </summary>
    private static bool IsIdiom(string s, int j) =>
        At(s, j, "三天两头") || At(s, j, "一天到晚") || At(s, j, "一年四季") || At(s, j, "一年到头") || At(s, j, "一天天")
        || At(s, j, "一夜之间") || At(s, j, "一年半载");

    /// <summary>
    /// 一天三顿饭, 一天吃两片, 一周跑三次五公里: "a day" here is the period of a rate of other things, like
    /// "3 miles a day" in English, so it is not a length either.
    /// </summary>
    private static bool RateOfSomethingElse(string s, int k, in DurationParts duration)
    {
        var unit = duration.SingleUnit;
        if (unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year) || duration.Amount(unit) != 1)
        {
            return false;
        }

        var p = k;
        while (p < s.Length && p - k < 2 && IsFiller(s[p]))
        {
            p++;
        }

        if (p >= s.Length || !ChineseNumerals.CanStart(s[p]) || !ChineseNumerals.TryParse(s, p, out var n))
        {
            return false;
        }

        // A number that counts time or events belongs to us; any other measure word (顿, 片, 杯, 步) does not.
        var q = At(s, n.End, '个') ? n.End + 1 : n.End;
        return !(DurationUnit(s, n.End, n, inCompound: true, out _) || (q < s.Length && s[q] is '次' or '回' or '遍' or '趟' or '晚' or '天' or '夜'));
    }

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
