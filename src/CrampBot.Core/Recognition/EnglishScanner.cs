namespace CrampBot.Core.Recognition;

/// <summary>
/// Finds durations and frequencies in English. Works on a token array built once per call; every parse
/// looks ahead a bounded number of tokens, so the whole scan is linear in the input length.
/// </summary>
internal ref struct EnglishScanner
{
    /// <summary>Cap on spoken numbers: anything larger is not a cramp quantity and would blow up ISO text.</summary>
    private const double MaxNumber = 1e7;

    private readonly string _text;
    private readonly ReadOnlySpan<EnToken> _t;

    private EnglishScanner(string text, ReadOnlySpan<EnToken> tokens)
    {
        _text = text;
        _t = tokens;
    }

    public static void Scan(string text, ReadOnlySpan<EnToken> tokens, ref List<Recognized>? results)
    {
        var scanner = new EnglishScanner(text, tokens);
        var i = 0;
        while (i < tokens.Length)
        {
            var next = scanner.TryItem(i, ref results);
            i = next > i ? next : i + 1;
        }
    }

    // ---- token helpers ----------------------------------------------------------------------

    private readonly EnWord K(int i) => (uint)i < (uint)_t.Length ? _t[i].Kind : EnWord.None;

    private readonly bool IsSym(int i, char c) => (uint)i < (uint)_t.Length && _t[i].Type == EnTokenType.Symbol && _t[i].Symbol == c;

    private readonly bool IsDash(int i) => IsSym(i, '-') || IsSym(i, '\u2013') || IsSym(i, '\u2014') || IsSym(i, '~');

    private readonly bool IsNum(int i) => (uint)i < (uint)_t.Length && _t[i].Type == EnTokenType.Number;

    private readonly bool Attached(int left, int right) =>
        (uint)left < (uint)_t.Length && (uint)right < (uint)_t.Length && _t[left].End == _t[right].Start;

    // ---- one item ---------------------------------------------------------------------------

    /// <summary>Tries an item at token i; returns the token index after it, or i when nothing starts here.</summary>
    private readonly int TryItem(int i, ref List<Recognized>? results)
    {
        var j = ParsePrefix(i, out var mod, out var negatedByPrefix);
        var inner = QuantityModifier.None;
        FrequencyParse freq;
        DurationParse dur = default;
        int end;
        bool isFrequency;
        if (TryFrequency(j, ref inner, out freq))
        {
            end = freq.Span.End;
            isFrequency = true;
        }
        else if (TryDuration(j, out dur))
        {
            end = dur.Span.End;
            isFrequency = false;
            inner = dur.Modifier;
        }
        else
        {
            return i;
        }

        if (mod == QuantityModifier.None)
        {
            mod = inner;
        }

        var suffix = ParseSuffix(end, out var suffixEnd);
        if (suffix != QuantityModifier.None)
        {
            end = suffixEnd;
            if (mod == QuantityModifier.None)
            {
                mod = suffix;
            }
        }

        if (negatedByPrefix || NegatedBefore(i))
        {
            // "not every night", "never … more than a minute", "shouldn't last two hours": an upper bound.
            mod = mod switch
            {
                QuantityModifier.More => QuantityModifier.Less,
                QuantityModifier.Less => negatedByPrefix ? QuantityModifier.Less : QuantityModifier.More,
                QuantityModifier.Approx => QuantityModifier.Approx,
                _ => QuantityModifier.Less,
            };
        }

        var startChar = _t[i].Start;
        var endChar = _t[end - 1].End;
        results ??= new List<Recognized>(4);
        results.Add(isFrequency
            ? ItemFactory.Frequency(_text, startChar, endChar, freq.MinCount, freq.MaxCount, freq.PerAmount, freq.PerUnit, mod)
            : ItemFactory.Duration(_text, startChar, endChar, dur.Min, dur.Max, mod));
        return end;
    }

    private readonly int ParsePrefix(int i, out QuantityModifier mod, out bool negated)
    {
        mod = QuantityModifier.None;
        negated = false;
        var k = K(i);
        var k1 = K(i + 1);
        var k2 = K(i + 2);
        switch (k)
        {
            case EnWord.Not when k1 == EnWord.Less && k2 == EnWord.Than:
            case EnWord.No when k1 == EnWord.Less && k2 == EnWord.Than:
                mod = QuantityModifier.More;
                return i + 3;
            case EnWord.Not when k1 == EnWord.More && k2 == EnWord.Than:
            case EnWord.No when k1 == EnWord.More && k2 == EnWord.Than:
                mod = QuantityModifier.Less;
                return i + 3;
            case EnWord.Not:
                negated = true;
                return i + 1;
            case EnWord.Approx:
                mod = QuantityModifier.Approx;
                return i + 1;
            case EnWord.Less when k1 == EnWord.Than:
            case EnWord.Up when k1 == EnWord.To:
            case EnWord.At when k1 == EnWord.Most:
                mod = QuantityModifier.Less;
                return i + 2;
            case EnWord.Under:
            case EnWord.Within:
                mod = QuantityModifier.Less;
                return i + 1;
            case EnWord.More when k1 == EnWord.Than:
            case EnWord.At when k1 == EnWord.Least:
                mod = QuantityModifier.More;
                return i + 2;
            case EnWord.Over when !IsNum(i - 1) && !IsSym(i - 1, '$'):
                // "lasted over an hour" bounds it; "$10000 over 3 years" only spreads an amount.
                mod = QuantityModifier.More;
                return i + 1;
            default:
                return i;
        }
    }

    private readonly QuantityModifier ParseSuffix(int k, out int end)
    {
        end = k;
        var k0 = K(k);
        var k1 = K(k + 1);
        if (k0 == EnWord.Or && k1 == EnWord.So)
        {
            end = k + 2;
            return QuantityModifier.Approx;
        }

        var g = IsSym(k, ',') ? k + 1 : k;
        if (K(g) == EnWord.Give && K(g + 1) == EnWord.Or && K(g + 2) == EnWord.Take)
        {
            end = g + 3;
            return QuantityModifier.Approx;
        }

        if (k0 == EnWord.Ish)
        {
            end = k + 1;
            return QuantityModifier.Approx;
        }

        if (IsDash(k) && k1 == EnWord.Ish)
        {
            end = k + 2;
            return QuantityModifier.Approx;
        }

        if ((k0 == EnWord.At && k1 == EnWord.Most) || (k0 == EnWord.Or && k1 == EnWord.Less && K(k + 2) != EnWord.Than))
        {
            end = k + 2;
            return QuantityModifier.Less;
        }

        if (k0 is EnWord.Tops or EnWord.Max)
        {
            end = k + 1;
            return QuantityModifier.Less;
        }

        if ((k0 == EnWord.At && k1 == EnWord.Least) || (k0 == EnWord.Or && k1 == EnWord.More && K(k + 2) != EnWord.Than))
        {
            end = k + 2;
            return QuantityModifier.More;
        }

        return QuantityModifier.None;
    }

    /// <summary>A negation just before the item ("doesn't happen every night", "don't get them every night"), within three words.</summary>
    private readonly bool NegatedBefore(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (_t[k].Type != EnTokenType.Word)
            {
                return false;
            }

            if (_t[k].Kind is EnWord.Not or EnWord.Negation)
            {
                return true;
            }
        }

        return false;
    }

    // ---- numbers ----------------------------------------------------------------------------

    private struct Num
    {
        public double Min;
        public double Max;
        public int End;
        public bool Article;   // "a"/"an" standing for one
        public bool Some;      // "some": only a count after "for" ("for some days")
        public bool Ish;       // "10ish"
        public readonly bool IsRange => Min != Max;
    }

    /// <summary>One number: digits, words ("twenty-five", "one hundred and twenty"), vague counts, halves.</summary>
    private readonly bool ParseNumber(int j, bool allowArticle, out Num num)
    {
        num = default;
        if ((uint)j >= (uint)_t.Length)
        {
            return false;
        }

        var t = _t[j];
        double value;
        var end = j + 1;
        var canTakeFraction = true;
        if (t.Type == EnTokenType.Number)
        {
            value = t.Number;
            if (double.IsNaN(value))
            {
                return false;
            }

            if (IsSym(end, '\u00BD') && Attached(j, end))
            {
                value += 0.5;
                end++;
            }
        }
        else if (t.Type == EnTokenType.Symbol && t.Symbol == '\u00BD')
        {
            value = 0.5;
        }
        else
        {
            switch (t.Kind)
            {
                case EnWord.Number:
                    value = t.Lex.Value;
                    if (value >= 20 && value < 100)
                    {
                        if (IsDash(end) && K(end + 1) == EnWord.Number && _t[end + 1].Lex.Value is > 0 and < 10)
                        {
                            value += _t[end + 1].Lex.Value;
                            end += 2;
                        }
                        else if (K(end) == EnWord.Number && _t[end].Lex.Value is > 0 and < 10)
                        {
                            value += _t[end].Lex.Value;
                            end++;
                        }
                        else if (K(end) == EnWord.And && K(end + 1) == EnWord.Number && _t[end + 1].Lex.Value is > 0 and < 10)
                        {
                            value += _t[end + 1].Lex.Value; // "twenty and four hours"
                            end += 2;
                        }
                    }

                    if (K(end) == EnWord.Hundred)
                    {
                        value *= 100;
                        end++;
                        var restAt = K(end) == EnWord.And ? end + 1 : end;
                        if (K(restAt) == EnWord.Number && ParseNumber(restAt, false, out var rest) && rest.Min < 100)
                        {
                            value += rest.Min;
                            end = rest.End;
                        }
                    }

                    break;
                case EnWord.A:
                    switch (K(end))
                    {
                        case EnWord.Couple:
                            value = 2;
                            end = K(end + 1) == EnWord.Of ? end + 2 : end + 1;
                            canTakeFraction = false;
                            break;
                        case EnWord.Few:
                            value = 3;
                            end++;
                            canTakeFraction = false;
                            break;
                        case EnWord.Dozen:
                            value = 12;
                            end = K(end + 1) == EnWord.Of ? end + 2 : end + 1;
                            break;
                        case EnWord.Half:
                            value = 0.5;
                            end++;
                            canTakeFraction = false;
                            break;
                        case EnWord.Hundred:
                            value = 100;
                            end++;
                            break;
                        default:
                            if (!allowArticle)
                            {
                                return false;
                            }

                            value = 1;
                            num.Article = true;
                            break;
                    }

                    break;
                case EnWord.Couple:
                    value = 2;
                    end = K(end) == EnWord.Of ? end + 1 : end;
                    canTakeFraction = false;
                    break;
                case EnWord.Few:
                case EnWord.Several:
                    value = 3;
                    canTakeFraction = false;
                    break;
                case EnWord.Some:
                    value = 3;
                    num.Some = true;
                    canTakeFraction = false;
                    break;
                case EnWord.Dozen:
                    value = 12;
                    end = K(end) == EnWord.Of ? end + 1 : end;
                    break;
                case EnWord.Half:
                    value = 0.5;
                    end = K(end) == EnWord.A ? end + 1 : end; // "half a minute", "half an hour"
                    canTakeFraction = false;
                    break;
                default:
                    return false;
            }
        }

        if (canTakeFraction)
        {
            end = TakeAndFraction(end, ref value);
        }

        if (K(end) == EnWord.Ish && Attached(end - 1, end))
        {
            num.Ish = true; // "10ish minutes"
            end++;
        }

        if (value > MaxNumber)
        {
            return false;
        }

        num.Min = num.Max = value;
        num.End = end;
        return true;
    }

    /// <summary>"and a half", "and half", "and a quarter" after a number or a unit.</summary>
    private readonly int TakeAndFraction(int k, ref double value, double scale = 1)
    {
        if (K(k) != EnWord.And)
        {
            return k;
        }

        var f = K(k + 1) == EnWord.A ? k + 2 : k + 1;
        switch (K(f))
        {
            case EnWord.Half:
                value += 0.5 * scale;
                return f + 1;
            case EnWord.Quarter when f == k + 2:
                value += 0.25 * scale;
                return f + 1;
            default:
                return k;
        }
    }

    /// <summary>A number or a range: "3-4", "two or three", "20 to 30", "between one and two".</summary>
    private readonly bool ParseRange(int j, bool allowArticle, out Num num)
    {
        if (K(j) == EnWord.Between)
        {
            if (ParseNumber(j + 1, false, out var low) && K(low.End) == EnWord.And
                && ParseNumber(low.End + 1, false, out var high) && high.Min > low.Min)
            {
                num = low;
                num.Max = high.Max;
                num.End = high.End;
                return true;
            }

            num = default;
            return false;
        }

        if (!ParseNumber(j, allowArticle, out num))
        {
            return false;
        }

        if (num.Article || num.Some)
        {
            return true;
        }

        var sep = num.End;
        if ((IsDash(sep) || K(sep) is EnWord.To or EnWord.Or)
            && ParseNumber(sep + 1, false, out var upper) && upper.Min > num.Min && !upper.Some)
        {
            num.Max = upper.Max;
            num.End = upper.End;
        }

        return true;
    }

    // ---- durations --------------------------------------------------------------------------

    private struct ItemSpan
    {
        public int End;
        public bool IsFrequency;
    }

    private struct DurationParse
    {
        public ItemSpan Span;
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
                result.Span.End = u + 1;
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
            result.Span.End = highEnd;
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

        if (num.Some && K(j - 1) != EnWord.For)
        {
            return false; // "some nights it's bad" is not three days
        }

        var unit = _t[k].Lex;
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

        result.Span.End = k;
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

    // ---- frequencies ------------------------------------------------------------------------

    private struct FrequencyParse
    {
        public ItemSpan Span;
        public double MinCount;
        public double MaxCount;
        public double PerAmount;
        public TimeUnit PerUnit;
    }

    private readonly bool TryFrequency(int j, ref QuantityModifier mod, out FrequencyParse f)
    {
        f = default;
        f.Span.IsFrequency = true;
        f.MinCount = f.MaxCount = 1;
        var k0 = K(j);

        switch (k0)
        {
            case EnWord.Every:
            case EnWord.Each:
                return TryEveryPeriod(j + 1, ref f);

            case EnWord.Most:
                // "most nights", "most days of the week"
                if (K(j + 1) is EnWord.Unit or EnWord.DayParts && (_t[j + 1].Lex.Flags & EnFlags.Plural) != 0 || K(j + 1) == EnWord.DayParts)
                {
                    var lex = _t[j + 1].Lex;
                    f.PerUnit = lex.Unit;
                    f.PerAmount = 1;
                    var end = j + 2;
                    if (K(end) == EnWord.Of && K(end + 1) == EnWord.The && K(end + 2) == EnWord.Unit)
                    {
                        end += 3;
                    }

                    f.Span.End = end;
                    mod = QuantityModifier.Approx;
                    return true;
                }

                return false;

            case EnWord.FreqAdverb:
                SetAdverb(j, ref f);
                f.Span.End = j + 1;
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

                f.Span.End = a + 1;
                return true;
            }

            case EnWord.Weekdays:
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = 1;
                f.Span.End = TakeMoreWeekdays(j + 1, ref f.MinCount, plural: true);
                f.MaxCount = f.MinCount;
                return true;

            case EnWord.Weekday when K(j + 1) is EnWord.DayParts || (K(j + 1) == EnWord.Unit && (_t[j + 1].Lex.Flags & (EnFlags.Night | EnFlags.Plural)) == (EnFlags.Night | EnFlags.Plural)):
                // "tuesday afternoons", "friday nights"
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = 1;
                f.Span.End = j + 2;
                return true;

            case EnWord.DayParts when !IsQuantifier(j - 1):
                // "mornings at 9am", "I'll be out mornings"
                f.PerUnit = TimeUnit.Day;
                f.PerAmount = 1;
                f.Span.End = j + 1;
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
    private readonly int TakeMoreWeekdays(int k, ref double count, bool plural)
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

        _ = plural;
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
            f.Span.End = k + 3;
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
                f.Span.End = k + 1;
                if (step == 1 && K(k + 1) == EnWord.Or && ParseNumber(k + 2, false, out var most) && most.Min > 1 && !most.Some)
                {
                    // "every week or two": once per one to two weeks
                    f.PerAmount = most.Min * _t[k].Lex.Value;
                    f.MaxCount = most.Min;
                    f.Span.End = most.End;
                }

                return true;
            case EnWord.DayPart:
            case EnWord.DayParts:
                f.PerUnit = TimeUnit.Day;
                f.PerAmount = step;
                f.Span.End = k + 1;
                return true;
            case EnWord.Quarter:
                f.PerUnit = TimeUnit.Month;
                f.PerAmount = 3 * step;
                f.Span.End = k + 1;
                return true;
            case EnWord.Weekday:
            case EnWord.Weekdays:
                f.PerUnit = TimeUnit.Week;
                f.PerAmount = step;
                f.Span.End = TakeMoreWeekdays(k + 1, ref f.MinCount, plural: false);
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
                f.Span.End = end;
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
            f.Span.End = k + 1;
            return true;
        }

        if ((p is EnWord.In or EnWord.Over || p == EnWord.Last || p == EnWord.This || p == EnWord.RecentPast)
            && !(nights && f.MaxCount == 1))
        {
            // ("one night last week" tells a story; "two nights last week" counts.)
            // "seven times in the past month", "6 cramps in the last two weeks", "three times last week"
            var at = k;
            if (p is EnWord.In or EnWord.Over)
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
                f.Span.End = end;
                return true;
            }

            return false;
        }

        if (p == EnWord.DayRef && !nights && f.MaxCount > 1)
        {
            // ("once yesterday" is just once)
            f.PerUnit = TimeUnit.Day; // "twice yesterday": a count over that day
            f.PerAmount = 1;
            f.Span.End = k + 1;
            return true;
        }

        if (nights && K(k) == EnWord.Out && K(k + 1) == EnWord.Of && ParseNumber(k + 2, false, out var whole) && whole.Min >= f.MaxCount)
        {
            // "two nights out of three"
            f.PerUnit = TimeUnit.Day;
            f.PerAmount = whole.Min;
            f.Span.End = whole.End;
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
