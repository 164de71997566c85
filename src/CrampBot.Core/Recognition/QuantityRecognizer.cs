using System.Buffers;

namespace CrampBot.Core.Recognition;

/// <summary>
/// Finds durations ("about two minutes", 两三分钟) and frequencies ("most nights", 一周三四次) in free text,
/// in English and simplified Chinese. Thread-safe, allocation-light and linear in the input length.
/// </summary>
public static class QuantityRecognizer
{
    /// <summary>Inputs up to this many characters tokenize into a stack buffer.</summary>
    private const int StackTokens = 128;

    /// <summary>
    /// Recognizes quantities in <paramref name="text"/>. <paramref name="culture"/> ("en-US", "zh-CN", "zh-Hans")
    /// only matters when the text itself has no letters to judge by: a Chinese sentence is read as Chinese
    /// whatever the locale says, and mixed text is read with both grammars.
    /// </summary>
    /// <returns>Items in the order they appear; never null, never overlapping.</returns>
    public static IReadOnlyList<Recognized> Recognize(string text, string? culture = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var (han, latin) = TextLanguage.Count(text);
        var readChinese = han > 0 || (latin == 0 && TextLanguage.IsChineseLocale(culture));
        var readEnglish = latin > 0 || !readChinese;

        List<Recognized>? results = null;
        if (readChinese)
        {
            ChineseScanner.Scan(text, ref results);
        }

        if (readEnglish)
        {
            var englishFrom = results?.Count ?? 0;
            ScanEnglish(text, ref results);
            if (englishFrom > 0 && results!.Count > englishFrom)
            {
                MergeMixed(results);
            }
        }

        return results is null ? [] : results;
    }

    private static void ScanEnglish(string text, ref List<Recognized>? results)
    {
        // At most one token per character (plus one), so this bound is always enough.
        var needed = text.Length + 1;
        if (needed <= StackTokens)
        {
            Span<EnToken> tokens = stackalloc EnToken[StackTokens];
            var count = EnglishTokenizer.Tokenize(text, tokens);
            EnglishScanner.Scan(text, tokens[..count], ref results);
            return;
        }

        var rented = ArrayPool<EnToken>.Shared.Rent(needed);
        try
        {
            var count = EnglishTokenizer.Tokenize(text, rented);
            EnglishScanner.Scan(text, rented.AsSpan(0, count), ref results);
        }
        finally
        {
            ArrayPool<EnToken>.Shared.Return(rented);
        }
    }

    /// <summary>Mixed-script text: order the two grammars' finds and drop any that overlap an earlier one.</summary>
    private static void MergeMixed(List<Recognized> results)
    {
        results.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var keep = 0;
        var lastEnd = -1;
        for (var i = 0; i < results.Count; i++)
        {
            var item = results[i];
            if (item.Start >= lastEnd)
            {
                results[keep++] = item;
                lastEnd = item.Start + item.Length;
            }
        }

        results.RemoveRange(keep, results.Count - keep);
    }
}
