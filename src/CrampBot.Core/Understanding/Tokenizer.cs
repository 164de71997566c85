using System.Globalization;
using System.Text;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Splits a message, or a vocabulary phrase, into tokens the same way, so a phrase written in the data matches
/// the words people type: Latin words, digit runs, single Chinese characters and punctuation marks. Emoji and
/// other symbols are dropped; traditional characters are folded to simplified ones with the vocabulary's table.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, IReadOnlyDictionary<char, char>? variants = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 3 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }

                var word = Normalize(text.AsSpan(start, i - start));
                tokens.Add(new Token(word, Stemmer.Stem(word), TokenKind.Word, start, i - start));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                var digits = text[start..i];
                tokens.Add(new Token(digits, digits, TokenKind.Number, start, i - start));
            }
            else if (IsHan(c))
            {
                var simple = variants is not null && variants.TryGetValue(c, out var s) ? s : c;
                var one = simple.ToString();
                tokens.Add(new Token(one, one, TokenKind.Han, i, 1));
                i++;
            }
            else if (c == '-' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                // "tea-coloured" reads as "tea coloured".
                i++;
            }
            else if (char.IsPunctuation(c) || c == '\n' || c == '~' || c == '+' || c == '/')
            {
                var mark = FoldPunctuation(c).ToString();
                tokens.Add(new Token(mark, mark, TokenKind.Punctuation, i, 1));
                i++;
            }
            else
            {
                // Spaces, emoji and other symbols carry no words.
                i++;
            }
        }

        return tokens;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c > 127 && char.IsLetter(c) && !IsHan(c) && char.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            builder.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // Full-width marks read like their ASCII twins; the Chinese full stop and comma stay as they are.
    private static char FoldPunctuation(char c) => c switch
    {
        '！' => '!',
        '？' => '?',
        '；' => ';',
        '：' => ':',
        '，' or '、' => '，',
        '\r' => '\n',
        _ => c,
    };
}
