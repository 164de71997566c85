using System.Globalization;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Splits a message, or a vocabulary phrase, into tokens the same way, so a phrase written in the data matches
/// the words people type: Latin words, digit runs, single Chinese characters and punctuation marks. Emoji and
/// other symbols are dropped; traditional characters are folded to simplified ones with the vocabulary's table.
/// </summary>
public static class Tokenizer
{
    // Loading the vocabularies tokenizes every phrase word: one buffer per thread, not one per word.
    [ThreadStatic]
    private static TokenBuffer? _buffer;

    public static IReadOnlyList<Token> Tokenize(string text, IReadOnlyDictionary<char, char>? variants = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = _buffer ??= new TokenBuffer();
        Tokenize(text, variants, buffer);
        var tokens = new List<Token>(buffer.Count);
        for (var t = 0; t < buffer.Count; t++)
        {
            tokens.Add(buffer.ToToken(t));
        }

        return tokens;
    }

    /// <summary>The same tokens into a reused buffer: what a message goes through, without a string per token.</summary>
    internal static void Tokenize(string text, IReadOnlyDictionary<char, char>? variants, TokenBuffer into)
    {
        into.Clear();
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

                var word = into.Reserve(i - start);
                Normalize(text.AsSpan(start, i - start), word);
                into.Add(TokenKind.Word, start, i - start, word.Length, Stemmer.StemLength(word));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                text.AsSpan(start, i - start).CopyTo(into.Reserve(i - start));
                into.Add(TokenKind.Number, start, i - start, i - start, i - start);
            }
            else if (IsHan(c))
            {
                var simple = variants is not null && variants.TryGetValue(c, out var s) ? s : c;
                into.Add(TokenKind.Han, i, 1, simple);
                i++;
            }
            else if (c == '-' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                // "tea-coloured" reads as "tea coloured".
                i++;
            }
            else if (char.IsPunctuation(c) || c == '\n' || c == '~' || c == '+' || c == '/')
            {
                into.Add(TokenKind.Punctuation, i, 1, FoldPunctuation(c));
                i++;
            }
            else
            {
                // Spaces, emoji and other symbols carry no words.
                i++;
            }
        }
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c > 127 && char.IsLetter(c) && !IsHan(c) && char.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    private static void Normalize(ReadOnlySpan<char> word, Span<char> into)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            into[k] = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }
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
