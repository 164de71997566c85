namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// Whether one token is one written word. English words meet on their stems ("swells" = "swelling"), a "*"
/// word on its beginning, and a long word also with a typo: one edit (a wrong, missing, extra or swapped
/// letter) from <see cref="OneTypoLength"/> letters, two from <see cref="TwoTyposLength"/>, first letter kept,
/// because people rarely mistype the first letter and it keeps short words from colliding.
/// </summary>
internal static class WordMatcher
{
    public const int OneTypoLength = 6;
    public const int TwoTyposLength = 9;

    public static bool Matches(LiteralElement literal, Token token) => Matches(literal, token.Kind, token.Text, token.Stem);

    /// <summary>The same test on a token's text and stem as spans, as a message's tokens are kept.</summary>
    public static bool Matches(LiteralElement literal, TokenKind kind, ReadOnlySpan<char> text, ReadOnlySpan<char> stem)
    {
        if (literal.Kind != kind)
        {
            return false;
        }

        if (kind != TokenKind.Word)
        {
            return text.SequenceEqual(literal.Text);
        }

        if (literal.Prefix)
        {
            // "twitch*" also meets "twiching": a typo within the written beginning of a long word.
            var length = literal.Text.Length;
            return text.StartsWith(literal.Text, StringComparison.Ordinal)
                || (literal.Typos && text.Length >= length - 1 && text[0] == literal.Text[0]
                    && (IsTypo(literal.Text, text[..Math.Min(text.Length, length)])
                        || IsTypo(literal.Text, text[..Math.Min(text.Length, length - 1)])
                        || IsTypo(literal.Text, text[..Math.Min(text.Length, length + 1)])));
        }

        if (text.SequenceEqual(literal.Text) || (!literal.Exact && stem.SequenceEqual(literal.Stem)))
        {
            return true;
        }

        return literal.Typos && IsTypo(literal.Text, text);
    }

    public static bool IsTypo(ReadOnlySpan<char> written, ReadOnlySpan<char> typed)
    {
        if (written.Length < OneTypoLength || typed.Length < OneTypoLength - 1 || written[0] != typed[0])
        {
            return false;
        }

        var allowed = written.Length >= TwoTyposLength ? 2 : 1;
        return Math.Abs(written.Length - typed.Length) <= allowed && Distance(written, typed, allowed) <= allowed;
    }

    // Optimal string alignment distance (edits plus swapping two neighbours), stopping early past the limit.
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
