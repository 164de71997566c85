namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Turns a normalised message into hashed n-gram features, the classifier's whole view of the text:
/// <list type="bullet">
/// <item>alphabetic text: character n-grams of the configured lengths over the words with a space on each
/// side (" calf "), so "calve", "cramo" and "crampp" still share most of their pieces with the real words, and
/// a gram may span two words ("f r" of "calf rn");</item>
/// <item>Chinese: character n-grams over each run of ideographs (抽, 抽筋, 筋了);</item>
/// <item>word n-grams: alphabetic words and single ideographs as tokens, so "right now" and "腿 抽" count as pairs;</item>
/// <item>everything else that is not a space (emoji, "!", "?") as a one-character feature.</item>
/// </list>
/// Hashes are 64-bit FNV-1a with a kind tag, stable across runs and machines.
/// </summary>
internal sealed class NGramFeatures(NGramSettings settings)
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // The token hashes of the message at hand, reused on each thread.
    [ThreadStatic]
    private static List<ulong>? _tokens;

    /// <summary>Appends every feature hash of <paramref name="normalized"/> to <paramref name="into"/> (duplicates included).</summary>
    public void Extract(ReadOnlySpan<char> normalized, List<ulong> into)
    {
        var text = normalized;
        var tokens = _tokens ??= new List<ulong>(64);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (IntentText.IsCjk(ch))
            {
                var start = i;
                while (i < text.Length && IntentText.IsCjk(text[i]))
                {
                    tokens.Add(Hash('t', text.Slice(i, 1)));
                    i++;
                }

                CharGrams('c', text[start..i], settings.CjkMin, settings.CjkMax, padded: false, into);
            }
            else if (IntentText.IsWordChar(ch))
            {
                var start = i;
                while (i < text.Length && (IntentText.IsWordChar(text[i]) || (text[i] == ' ' && i + 1 < text.Length && IntentText.IsWordChar(text[i + 1]))))
                {
                    if (text[i] == ' ')
                    {
                        tokens.Add(Hash('t', text[TokenStart(text, i)..i]));
                    }

                    i++;
                }

                tokens.Add(Hash('t', text[TokenStart(text, i)..i]));
                CharGrams('l', text[start..i], settings.LatinMin, settings.LatinMax, padded: true, into);
            }
            else
            {
                if (ch != ' ')
                {
                    into.Add(Hash('s', text.Slice(i, 1)));
                }

                i++;
            }
        }

        for (var n = settings.WordMin; n <= settings.WordMax; n++)
        {
            for (var t = 0; t + n <= tokens.Count; t++)
            {
                var h = FnvOffset ^ ((ulong)n * 0x9E3779B97F4A7C15UL);
                for (var k = 0; k < n; k++)
                {
                    h = (h ^ tokens[t + k]) * FnvPrime;
                }

                into.Add(h);
            }
        }
    }

    private static int TokenStart(ReadOnlySpan<char> text, int end)
    {
        var s = end;
        while (s > 0 && IntentText.IsWordChar(text[s - 1]))
        {
            s--;
        }

        return s;
    }

    /// <summary>All grams of length min..max; padded runs get a space on each side so word starts and ends are grams of their own.</summary>
    private static void CharGrams(char kind, ReadOnlySpan<char> run, int min, int max, bool padded, List<ulong> into)
    {
        Span<char> buffer = run.Length + 2 <= 256 ? stackalloc char[256] : new char[run.Length + 2];
        var length = run.Length;
        if (padded)
        {
            buffer[0] = ' ';
            run.CopyTo(buffer[1..]);
            buffer[run.Length + 1] = ' ';
            length += 2;
        }
        else
        {
            run.CopyTo(buffer);
        }

        ReadOnlySpan<char> s = buffer[..length];
        for (var start = 0; start < s.Length; start++)
        {
            var h = FnvOffset ^ kind;
            for (var n = 1; n <= max && start + n <= s.Length; n++)
            {
                h = (h ^ s[start + n - 1]) * FnvPrime;
                if (n >= min)
                {
                    into.Add((h ^ (ulong)n) * FnvPrime);
                }
            }
        }
    }

    private static ulong Hash(char kind, ReadOnlySpan<char> s)
    {
        var h = FnvOffset ^ kind;
        foreach (var ch in s)
        {
            h = (h ^ ch) * FnvPrime;
        }

        return h;
    }
}
