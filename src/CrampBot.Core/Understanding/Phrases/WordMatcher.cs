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

    public static bool Matches(LiteralElement literal, Token token)
    {
        if (literal.Kind != token.Kind)
        {
            return false;
        }

        if (token.Kind != TokenKind.Word)
        {
            return literal.Text == token.Text;
        }

        if (literal.Prefix)
        {
            // "twitch*" also meets "twiching": a typo within the written beginning of a long word.
            var typed = token.Text.AsSpan();
            var length = literal.Text.Length;
            return token.Text.StartsWith(literal.Text, StringComparison.Ordinal)
                || (literal.Typos && typed.Length >= length - 1 && typed[0] == literal.Text[0]
                    && (IsTypo(literal.Text, typed[..Math.Min(typed.Length, length)])
                        || IsTypo(literal.Text, typed[..Math.Min(typed.Length, length - 1)])
                        || IsTypo(literal.Text, typed[..Math.Min(typed.Length, length + 1)])));
        }

        if (literal.Text == token.Text || (!literal.Exact && literal.Stem == token.Stem))
        {
            return true;
        }

        return literal.Typos && IsTypo(literal.Text, token.Text);
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
