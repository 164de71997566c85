namespace CrampBot.Core.Recognition;

/// <summary>Chinese frequencies: 每周三次, 一周两三次, 隔天一次, 每周二和周四, 上周抽了三次.</summary>
internal static partial class ChineseScanner
{
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
        var vagueStep = false; // 每隔几天 is "every few days", like "every few nights"
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
                    vagueStep = n.IsVague;
                }
            }

            if (gap && step == stepMin && !vagueStep)
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
                vagueStep = n.IsVague;
            }

            if (step == stepMin && !vagueStep)
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
            if (TryCount(s, p, unit, weekdayAllowed && p == periodEnd, out var count) && !(singleDay && count.MaxCount <= 1))
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
    /// <param name="afterWeek">Straight after 每周/每星期, where 三晚上 reads as Wednesday night and only
    /// 三个晚上 or a pair (三四晚) counts nights.</param>
    private static bool TryCount(string s, int p, TimeUnit period, bool afterWeek, out Frequency count)
    {
        count = default;
        if (p >= s.Length || !ChineseNumerals.CanStart(s[p]) || IsIdiom(s, p) || !ChineseNumerals.TryParse(s, p, out var n) || n.IsHalf)
        {
            return false;
        }

        var q = SkipSpaces(s, n.End);
        var ge = At(s, q, '个');
        if (ge)
        {
            q++;
        }

        var daysAllowed = period is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year;
        var nightsAllowed = daysAllowed && (!afterWeek || ge || n.IsRange);
        if (q < s.Length && s[q] is '次' or '回' or '遍' or '趟')
        {
            q++;
        }
        else if (nightsAllowed && (At(s, q, "晚上") || At(s, q, "夜里")))
        {
            q += 2;
        }
        else if ((nightsAllowed && q < s.Length && s[q] is '晚' or '夜') || (daysAllowed && At(s, q, '天')))
        {
            q++; // 一周三晚, 每周三天 (days never read as a weekday)
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
}
