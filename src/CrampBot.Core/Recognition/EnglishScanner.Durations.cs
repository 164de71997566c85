namespace CrampBot.Core.Recognition;

/// <summary>English durations: "two or three minutes", "an hour and a half", "1 year 1 month 21 days".</summary>
internal ref partial struct EnglishScanner
{
    private struct DurationParse
    {
        public int End;
        public QuantityModifier Modifier;
        public DurationParts Min;
        public DurationParts Max;
    }

    private readonly bool IsUnitAt(int k, int numberToken)
    {
        if (K(k) != EnWord.Unit)
        {
            return false;
        }

        var flags = _t[k].Lex.Flags;
        if ((flags & EnFlags.AttachedOnly) != 0)
        {
            return IsNum(numberToken) && Attached(numberToken, k);
        }

        if ((flags & EnFlags.AfterDigitsOnly) != 0)
        {
            return IsNum(numberToken);
        }

        return true;
    }

    private readonly bool TryDuration(int j, out DurationParse result)
    {
        result = default;
        var k0 = K(j);

        // "all day", "full-week", "whole day", "another hour", "for the hour": one unit, no number.
        if (k0 is EnWord.Whole or EnWord.Another || (k0 == EnWord.The && K(j - 1) == EnWord.For))
        {
            var u = IsDash(j + 1) && k0 == EnWord.Whole ? j + 2 : j + 1;
            if (K(u) == EnWord.Unit && (_t[u].Lex.Flags & (EnFlags.Plural | EnFlags.AttachedOnly | EnFlags.AfterDigitsOnly)) == 0)
            {
                var lex = _t[u].Lex;
                result.Min = DurationParts.Of(lex.Unit, lex.Value);
                result.Max = result.Min;
                result.End = u + 1;
                return true;
            }

            return false;
        }

        if (K(j - 1) == EnWord.RecentPast || (K(j - 1) == EnWord.Last && K(j - 2) == EnWord.The))
        {
            return false; // "the past two weeks", "the last 3 months": a date range, not a length
        }

        if (k0 == EnWord.Between && ParseSimpleDuration(j + 1, out var low, out var lowEnd) && K(lowEnd) == EnWord.And
            && ParseSimpleDuration(lowEnd + 1, out var high, out var highEnd) && high.TotalSeconds > low.TotalSeconds)
        {
            // "between 30 seconds and a minute"
            result.Min = low;
            result.Max = high;
            result.End = highEnd;
            return true;
        }

        if (!ParseRange(j, true, out var num))
        {
            return false;
        }

        var k = num.End;
        if (IsDash(k) && Attached(k - 1, k) && Attached(k, k + 1))
        {
            k++; // "3-min", "30-minutes"
        }

        if (!IsUnitAt(k, num.End - 1))
        {
            return false;
        }

        if (num.Some && K(j - 1) != EnWord.For && _t[k].Lex.Unit <= TimeUnit.Day)
        {
            return false; // "some nights it's bad" is not three days ("lasts some minutes" is three minutes)
        }

        var unit = _t[k].Lex;
        if (num.Article && unit.Unit == TimeUnit.Second && (unit.Flags & EnFlags.Plural) == 0
            && K(k + 1) is EnWord.Unit or EnWord.DayPart or EnWord.Weekday or EnWord.Times or EnWord.EventNoun)
        {
            return false; // "a second night of cramps": the ordinal, not one second
        }

        if (num.Article && unit.Unit >= TimeUnit.Year && unit.Unit <= TimeUnit.Day && RateOfSomethingElse(j))
        {
            return false; // "3 miles a day", "8 glasses of water a day": a rate of something we do not count
        }

        if (K(j) == EnWord.Number && num.Min == 1 && !num.IsRange && unit.Unit == TimeUnit.Day && (unit.Flags & EnFlags.Plural) == 0
            && K(j - 1) is not (EnWord.For or EnWord.Approx or EnWord.Under or EnWord.Over or EnWord.Than or EnWord.To or EnWord.Within))
        {
            return false; // "one day I woke up…", "one night last week": a story, not a length
        }

        var min = num.Min * unit.Value;
        var max = num.Max * unit.Value;
        result.Modifier = num.Ish ? QuantityModifier.Approx : QuantityModifier.None;
        k++;

        if (!num.IsRange)
        {
            var before = min;
            k = TakeAndFraction(k, ref min, unit.Value); // "an hour and a half"
            max = min;
            if (before == min && K(k) == EnWord.Or && K(k + 1) == EnWord.Number && _t[k + 1].Lex.Value * unit.Value > min)
            {
                max = _t[k + 1].Lex.Value * unit.Value; // "a minute or two"
                k += 2;
            }
        }

        result.Min = DurationParts.Of(unit.Unit, min);
        result.Max = DurationParts.Of(unit.Unit, max);

        // Compound durations: "1 year 1 month 21 days", "1 hour and 30 minutes".
        for (var guard = 0; guard < 6 && min == max; guard++)
        {
            // No article here: "7 hours a night" is a rate, not seven hours and a day.
            var at = K(k) == EnWord.And ? k + 1 : k;
            if (!ParseNumber(at, false, out var part) || !IsUnitAt(part.End, part.End - 1))
            {
                break;
            }

            var partUnit = _t[part.End].Lex;
            if (result.Min.Has(partUnit.Unit) || part.Some)
            {
                break;
            }

            result.Min.Add(partUnit.Unit, part.Min * partUnit.Value);
            result.Max = result.Min;
            k = part.End + 1;
        }

        // A range across units: "30 seconds to a minute", "30 sec - 1 min".
        if (min == max && result.Min.SingleUnit != TimeUnit.None && (IsDash(k) || K(k) is EnWord.To or EnWord.Or)
            && ParseSimpleDuration(k + 1, out var upper, out var upperEnd) && upper.TotalSeconds > result.Min.TotalSeconds)
        {
            result.Max = upper;
            k = upperEnd;
        }

        // Not a length: "two weeks ago", "67 years old", "a 67-year-old".
        if (K(k) is EnWord.Ago or EnWord.Old || (IsDash(k) && K(k + 1) == EnWord.Old) || (K(k) == EnWord.Of && K(k + 1) == EnWord.Age))
        {
            return false;
        }

        result.End = k;
        return true;
    }

    /// <summary>A number shortly before "a day" that is not a count of events ("3 miles a day").</summary>
    private readonly bool RateOfSomethingElse(int article)
    {
        for (var k = article - 1; k >= 0 && k >= article - 4; k--)
        {
            if (_t[k].Type == EnTokenType.Symbol)
            {
                return false;
            }

            if (_t[k].Type == EnTokenType.Number || _t[k].Kind == EnWord.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One number and one unit, no range or compound: the ends of "30 seconds to a minute".</summary>
    private readonly bool ParseSimpleDuration(int j, out DurationParts parts, out int end)
    {
        parts = default;
        end = j;
        if (!ParseNumber(j, true, out var n) || n.Some)
        {
            return false;
        }

        var k = n.End;
        if (IsDash(k) && Attached(k - 1, k) && Attached(k, k + 1))
        {
            k++;
        }

        if (!IsUnitAt(k, n.End - 1))
        {
            return false;
        }

        var unit = _t[k].Lex;
        var amount = n.Min * unit.Value;
        end = TakeAndFraction(k + 1, ref amount, unit.Value);
        parts = DurationParts.Of(unit.Unit, amount);
        return true;
    }
}
