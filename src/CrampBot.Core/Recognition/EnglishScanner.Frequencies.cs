namespace CrampBot.Core.Recognition;

/// <summary>English frequencies: "every other night", "three times a week", "Mondays", "most nights".</summary>
internal ref partial struct EnglishScanner
{
    private struct FrequencyParse
    {
        public int End;
        public double MinCount;
        public double MaxCount;
        public double PerAmount;
        public TimeUnit PerUnit;
    }

    private readonly bool TryFrequency(int j, ref QuantityModifier mod, out FrequencyParse f)
    {
        f = default;
        f.MinCount = f.MaxCount = 1;
        var k0 = K(j);

        switch (k0)
        {
            case EnWord.Every:
            case EnWord.Each:
                return TryEveryPeriod(j + 1, ref f);

            case EnWord.Most:
                // "most nights", "most days of the week"
                var pluralPeriod = K(j + 1) == EnWord.Unit && (_t[j + 1].Lex.Flags & EnFlags.Plural) != 0 && _t[j + 1].Lex.Unit <= TimeUnit.Day;
                if (pluralPeriod || K(j + 1) == EnWord.DayParts)
                {
                    var lex = _t[j + 1].Lex;
                    f.PerUnit = lex.Unit;
                    f.PerAmount = 1;
                    var end = j + 2;
                    if (K(end) == EnWord.Of && K(end + 1) == EnWord.The && K(end + 2) == EnWord.Unit)
                    {
                        end += 3;
                    }

                    f.End = end;
                    mod = QuantityModifier.Approx;
                    return true;
                }

                return false;

            case EnWord.FreqAdverb:
                SetAdverb(j, ref f);
                f.End = j + 1;
                return true;

            case EnWord.Semi:
            case EnWord.Bi:
            {
                var a = IsDash(j + 1) ? j + 2 : j + 1;
                if (K(a) != EnWord.FreqAdverb)
                {
                    return false;
                }

                SetAdverb(a, ref f);
                if (k0 == EnWord.Semi)
                {
                    f.MinCount = f.MaxCount = 2; // semi-annually: twice a year
                }
                else
                {
                    f.PerAmount *= 2; // bi-monthly: every two months
                }

                f.End = a + 1;
                return true;
            }

            case EnWord.Weekdays:
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = 1;
                f.End = TakeMoreWeekdays(j + 1, ref f.MinCount);
                f.MaxCount = f.MinCount;
                return true;

            case EnWord.Weekday when K(j + 1) is EnWord.DayParts || (K(j + 1) == EnWord.Unit && (_t[j + 1].Lex.Flags & (EnFlags.Night | EnFlags.Plural)) == (EnFlags.Night | EnFlags.Plural)):
                // "tuesday afternoons", "friday nights"
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = 1;
                f.End = j + 2;
                return true;

            case EnWord.DayParts when !IsQuantifier(j - 1):
                // "mornings at 9am", "I'll be out mornings"
                f.PerUnit = TimeUnit.Day;
                f.PerAmount = 1;
                f.End = j + 1;
                return true;
        }

        return TryCountAndPeriod(j, ref f);
    }

    private readonly bool IsQuantifier(int k) =>
        IsNum(k) || K(k) is EnWord.Number or EnWord.Some or EnWord.Several or EnWord.Few or EnWord.Couple or EnWord.Most or EnWord.The or EnWord.This or EnWord.Last or EnWord.RecentPast;

    private readonly void SetAdverb(int k, ref FrequencyParse f)
    {
        var lex = _t[k].Lex;
        f.MinCount = f.MaxCount = lex.Value;
        f.PerUnit = lex.Unit;
        f.PerAmount = lex.PerAmount;
    }

    /// <summary>More weekdays after the first: "Tuesday and Thursday", "Mondays, Wednesdays and Fridays".</summary>
    private readonly int TakeMoreWeekdays(int k, ref double count)
    {
        for (var guard = 0; guard < 6; guard++)
        {
            if ((K(k) == EnWord.And || IsSym(k, ',') || IsSym(k, '&') || IsSym(k, '/'))
                && K(k + 1) is EnWord.Weekday or EnWord.Weekdays)
            {
                count++;
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>After "every"/"each": "night", "other day", "second night", "10 days", "Tuesday and Thursday", "4/15".</summary>
    private readonly bool TryEveryPeriod(int k, ref FrequencyParse f)
    {
        double step = 1;
        double spread = 1;
        if (K(k) == EnWord.Single)
        {
            k++;
        }

        if (K(k) == EnWord.Other)
        {
            step = 2;
            k++;
        }
        else if (K(k) == EnWord.Ordinal)
        {
            step = _t[k].Lex.Value;
            k++;
        }
        else if (K(k) == EnWord.Unit && _t[k].Lex.Unit == TimeUnit.Second && _t[k].Lex.Flags == EnFlags.None
            && K(k + 1) is EnWord.Unit or EnWord.Weekday or EnWord.DayPart)
        {
            step = 2; // "every second night": the ordinal, not the unit
            k++;
        }
        else if (K(k) == EnWord.Few)
        {
            step = 3;
            k++;
        }
        else if (IsNum(k) && IsSym(k + 1, '/') && IsNum(k + 2))
        {
            // "each 4/15": a date every year
            f.PerUnit = TimeUnit.Year;
            f.PerAmount = 1;
            f.End = k + 3;
            return true;
        }
        else if (K(k) != EnWord.A && ParseRange(k, false, out var n) && !n.Some && K(n.End) is EnWord.Unit)
        {
            // "every 2-3 days": once per three days at the slowest, so count 1..1.5 per P3D
            step = n.Max;
            spread = n.Max / n.Min;
            k = n.End;
        }

        f.MaxCount = f.MinCount * spread;

        switch (K(k))
        {
            case EnWord.Unit when (_t[k].Lex.Flags & (EnFlags.AttachedOnly | EnFlags.AfterDigitsOnly)) == 0:
                f.PerUnit = _t[k].Lex.Unit;
                f.PerAmount = step * _t[k].Lex.Value;
                f.End = k + 1;
                if (step == 1 && K(k + 1) == EnWord.Or && ParseNumber(k + 2, false, out var most) && most.Min > 1 && !most.Some)
                {
                    // "every week or two": once per one to two weeks
                    f.PerAmount = most.Min * _t[k].Lex.Value;
                    f.MaxCount = most.Min;
                    f.End = most.End;
                }

                return true;
            case EnWord.DayPart:
            case EnWord.DayParts:
                f.PerUnit = TimeUnit.Day;
                f.PerAmount = step;
                f.End = k + 1;
                return true;
            case EnWord.Quarter:
                f.PerUnit = TimeUnit.Month;
                f.PerAmount = 3 * step;
                f.End = k + 1;
                return true;
            case EnWord.Weekday:
            case EnWord.Weekdays:
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = step;
                f.End = TakeMoreWeekdays(k + 1, ref f.MinCount);
                f.MaxCount = f.MinCount;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"three times a week", "once or twice a month", "3x per week", "four or five nights a week".</summary>
    private readonly bool TryCountAndPeriod(int j, ref FrequencyParse f)
    {
        int k;
        var nights = false;
        if (K(j) == EnWord.CountWord)
        {
            f.MinCount = f.MaxCount = _t[j].Lex.Value;
            k = j + 1;
            if (K(k) == EnWord.Or && K(k + 1) == EnWord.CountWord && _t[k + 1].Lex.Value > f.MinCount)
            {
                f.MaxCount = _t[k + 1].Lex.Value;
                k += 2;
            }
            else if (K(k) == EnWord.Or && ParseNumber(k + 1, false, out var upper) && upper.Min > f.MinCount && K(upper.End) == EnWord.Times)
            {
                f.MaxCount = upper.Min; // "twice or three times"
                k = upper.End + 1;
            }
        }
        else if (K(j) == EnWord.A && (K(j + 1) == EnWord.Times || (K(j + 1) == EnWord.Unit && (_t[j + 1].Lex.Flags & EnFlags.Night) != 0))
                 && K(j + 2) == EnWord.Or && ParseNumber(j + 3, false, out var most) && most.Min > 1 && !most.Some)
        {
            // "a night or two a week", "a time or two a month"
            f.MaxCount = most.Min;
            nights = K(j + 1) == EnWord.Unit;
            k = most.End;
        }
        else
        {
            if (!ParseRange(j, false, out var n) || n.Some && K(n.End) != EnWord.Times)
            {
                return false;
            }

            k = n.End;
            f.MinCount = n.Min;
            f.MaxCount = n.Max;
            switch (K(k))
            {
                case EnWord.Times:
                case EnWord.X:
                case EnWord.EventNoun:
                    k++;
                    break;
                case EnWord.Unit when _t[k].Lex.Unit == TimeUnit.Day && (_t[k].Lex.Flags & EnFlags.AttachedOnly) == 0:
                case EnWord.DayParts:
                    nights = true; // "four or five nights a week": nights per week
                    k++;
                    break;
                case EnWord.A or EnWord.Per when !n.Article && IsPeriodWord(k + 1):
                    break; // "one a day", "2-3 a week": the count stands alone
                case EnWord.None when IsSym(k, '/') && IsNum(k - 1) && IsPeriodWord(k + 1):
                    break; // "3/week", "2-3/wk"
                default:
                    return false;
            }
        }

        // The period.
        var p = K(k);
        if (p is EnWord.A or EnWord.Per or EnWord.Each or EnWord.Every || IsSym(k, '/'))
        {
            var at = k + 1;
            double step = 1;
            if (p is EnWord.Every or EnWord.Each)
            {
                if (K(at) == EnWord.Other)
                {
                    step = 2;
                    at++;
                }
                else if (K(at) == EnWord.Few)
                {
                    step = 3;
                    at++;
                }
                else if (ParseNumber(at, false, out var n) && !n.IsRange)
                {
                    step = n.Min;
                    at = n.End;
                }
            }

            if (TryPeriodUnit(at, step, ref f, out var end) && (!nights || f.PerUnit != TimeUnit.Day || step > 1))
            {
                f.End = end;
                return true;
            }

            return false;
        }

        if (p == EnWord.FreqAdverb && !nights)
        {
            var count = f.MinCount;
            var max = f.MaxCount;
            SetAdverb(k, ref f);
            f.MinCount = count;
            f.MaxCount = max;
            f.End = k + 1;
            return true;
        }

        if ((p is EnWord.In or EnWord.Over or EnWord.Within || p == EnWord.Last || p == EnWord.This || p == EnWord.RecentPast)
            && !(nights && f.MaxCount == 1))
        {
            // ("one night last week" tells a story; "two nights last week" counts.)
            // "seven times in the past month", "6 cramps in the last two weeks", "three times last week"
            var at = k;
            if (p is EnWord.In or EnWord.Over or EnWord.Within)
            {
                at++;
                if (K(at) == EnWord.The)
                {
                    at++;
                }

                if (K(at) is EnWord.Last or EnWord.RecentPast)
                {
                    at++;
                }
            }
            else
            {
                at++;
            }

            double step = 1;
            if (ParseNumber(at, true, out var n) && !n.IsRange)
            {
                step = n.Min;
                at = n.End;
            }

            if (TryPeriodUnit(at, step, ref f, out var end))
            {
                f.End = end;
                return true;
            }

            return false;
        }

        if (p == EnWord.DayRef && !nights && f.MaxCount > 1)
        {
            // ("once yesterday" is just once)
            f.PerUnit = TimeUnit.Day; // "twice yesterday": a count over that day
            f.PerAmount = 1;
            f.End = k + 1;
            return true;
        }

        if (nights && K(k) == EnWord.Out && K(k + 1) == EnWord.Of && ParseNumber(k + 2, false, out var whole) && whole.Min >= f.MaxCount)
        {
            // "two nights out of three"
            f.PerUnit = TimeUnit.Day;
            f.PerAmount = whole.Min;
            f.End = whole.End;
            return true;
        }

        return false;
    }

    private readonly bool IsPeriodWord(int k) =>
        (K(k) == EnWord.Unit && (_t[k].Lex.Flags & (EnFlags.AttachedOnly | EnFlags.AfterDigitsOnly | EnFlags.Plural)) == 0)
        || K(k) is EnWord.DayPart or EnWord.Quarter;

    private readonly bool TryPeriodUnit(int at, double step, ref FrequencyParse f, out int end)
    {
        end = at;
        switch (K(at))
        {
            case EnWord.Unit when (_t[at].Lex.Flags & (EnFlags.AttachedOnly | EnFlags.AfterDigitsOnly)) == 0:
                f.PerUnit = _t[at].Lex.Unit;
                f.PerAmount = step * _t[at].Lex.Value;
                end = at + 1;
                return true;
            case EnWord.DayPart:
                f.PerUnit = TimeUnit.Day;
                f.PerAmount = step;
                end = at + 1;
                return true;
            case EnWord.Quarter:
                f.PerUnit = TimeUnit.Month;
                f.PerAmount = 3 * step;
                end = at + 1;
                return true;
            default:
                return false;
        }
    }
}
