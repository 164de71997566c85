namespace CrampBot.Core.Recognition;

/// <summary>English numbers: digits, words ("twenty-five"), vague counts ("a few"), halves and ranges.</summary>
internal ref partial struct EnglishScanner
{
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
            else if (IsSym(end, '/') && IsNum(end + 1) && Attached(j, end) && Attached(end, end + 1)
                     && _t[end + 1].Number is 2 or 3 or 4 && value < _t[end + 1].Number && K(end + 2) is EnWord.Unit or EnWord.A)
            {
                value /= _t[end + 1].Number; // "1/2 hour", "1/2 an hour", "3/4 hour"
                end += 2;
                if (K(end) == EnWord.A)
                {
                    end++;
                }
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
                        case EnWord.Quarter when QuarterOfUnit(end) is > 0 and var after:
                            value = 0.25; // "a quarter of an hour", "a quarter hour"
                            end = after;
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
                case EnWord.Quarter when QuarterOfUnit(end - 1) is > 0 and var after:
                    value = 0.25; // "quarter of an hour"
                    end = after;
                    canTakeFraction = false;
                    break;
                default:
                    return false;
            }

            // "three quarters of an hour"
            if (t.Kind == EnWord.Number && value is >= 1 and <= 3 && K(end) == EnWord.Quarter && QuarterOfUnit(end) is > 0 and var quarters)
            {
                value *= 0.25;
                end = quarters;
                canTakeFraction = false;
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

    /// <summary>
    /// At "quarter" (index <paramref name="k"/>): where the unit starts in "quarter of an hour", "quarter of a
    /// minute", "quarter hour", or 0 when no unit follows, so "once a quarter" stays a period.
    /// </summary>
    private readonly int QuarterOfUnit(int k)
    {
        var next = k + 1;
        if (K(next) == EnWord.Of)
        {
            next++;
            if (K(next) == EnWord.A)
            {
                next++;
            }
        }

        return K(next) == EnWord.Unit ? next : 0;
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
}
