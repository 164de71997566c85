using System.Buffers;
using System.Globalization;
using System.Text;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// The form of a message the classifier reads: what people type at 3 a.m. folded towards one spelling, without
/// changing what it says.
/// </summary>
internal static class IntentText
{
    /// <summary>A letter may repeat at most this often: "owwwww" and "oww" are the same cry, "cramppp" the same word.</summary>
    private const int MaxRepeat = 2;

    /// <summary>
    /// Full-width forms folded (！ → !, ＡＢ → ab), lower case, curly apostrophes straightened, every digit read
    /// as 0 ("3am" and "4am" are the same kind of message), runs of one character cut to two, spaces collapsed.
    /// Punctuation and emoji stay: "!!", "?" and 😫 carry meaning.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Compatibility folding only when something could need it: plain ASCII and Chinese ideographs never do.
        var folded = NeedsFolding(text) ? text.Normalize(NormalizationForm.FormKC) : text;

        // Lower-cased into one rented buffer and folded in place (the result is never longer): one string out.
        var buffer = ArrayPool<char>.Shared.Rent(folded.Length);
        try
        {
            folded.AsSpan().ToLowerInvariant(buffer);
            return new string(Fold(buffer.AsSpan(0, folded.Length)).TrimEnd());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Span<char> Fold(Span<char> text)
    {
        var length = 0;
        var lastWasSpace = true;
        var run = 0;
        var previous = '\0';
        foreach (var raw in text)
        {
            var ch = raw switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u201c' or '\u201d' => '"',
                '。' => '.',
                _ when char.IsAsciiDigit(raw) => '0',
                _ => raw,
            };
            if (char.IsWhiteSpace(ch) || char.GetUnicodeCategory(ch) == UnicodeCategory.Format)
            {
                if (!lastWasSpace)
                {
                    text[length++] = ' ';
                }

                lastWasSpace = true;
                previous = ' ';
                continue;
            }

            run = ch == previous && ch != '0' ? run + 1 : 1;
            previous = ch;
            if (run > MaxRepeat)
            {
                continue;
            }

            text[length++] = ch;
            lastWasSpace = false;
        }

        return text[..length];
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var ch in text)
        {
            if (ch >= '\u0080' && !IsCjk(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Chinese, Japanese and Korean ideographs: read as characters, not words.</summary>
    public static bool IsCjk(char ch) =>
        ch is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>Letters, digits and the apostrophe of "don't": the parts of an alphabetic word.</summary>
    public static bool IsWordChar(char ch) => !IsCjk(ch) && (char.IsLetterOrDigit(ch) || ch == '\'');
}
