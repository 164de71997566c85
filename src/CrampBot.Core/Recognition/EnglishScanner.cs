namespace CrampBot.Core.Recognition;

/// <summary>
/// Finds durations and frequencies in English. Works on a token array built once per call; every parse
/// looks ahead a bounded number of tokens, so the whole scan is linear in the input length.
/// </summary>
internal ref partial struct EnglishScanner
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
            end = freq.End;
            isFrequency = true;
        }
        else if (TryDuration(j, out dur))
        {
            end = dur.End;
            isFrequency = false;
            inner = dur.Modifier;
        }
        else
        {
            return i;
        }

        if (isFrequency && !ItemFactory.IsUsablePeriod(freq.PerAmount, freq.MinCount, freq.MaxCount))
        {
            return i; // "every 0 days"
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
            if (_t[k].Type != EnTokenType.Word || _t[k].Kind is EnWord.Clause or EnWord.And or EnWord.Or)
            {
                return false; // "not sure but about twice a week": the negation is elsewhere
            }

            if (_t[k].Kind is EnWord.Not or EnWord.Negation)
            {
                return true;
            }
        }

        return false;
    }
}
