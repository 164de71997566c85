using System.Globalization;

namespace CrampBot.Core.Recognition;

internal enum EnTokenType : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>One token of the input; words carry their lexicon class so parsers never look text up twice.</summary>
internal struct EnToken
{
    public int Start;
    public int Length;
    public EnTokenType Type;
    public char Symbol;
    public EnLex Lex;
    public double Number;

    public readonly int End => Start + Length;

    public readonly EnWord Kind => Type == EnTokenType.Word ? Lex.Kind : EnWord.None;
}

/// <summary>
/// Splits text into words (Latin letters and inner apostrophes), numbers (digits with one decimal point) and
/// single-character symbols. Whitespace and control characters only separate. One pass, no allocation.
/// </summary>
internal static class EnglishTokenizer
{
    /// <summary>Numbers longer than this are ids or phone numbers, never quantities.</summary>
    private const int MaxDigits = 9;

    public static int Tokenize(string text, Span<EnToken> tokens)
    {
        var count = 0;
        var pos = 0;
        while (pos < text.Length && count < tokens.Length)
        {
            var c = text[pos];
            if (c <= ' ' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pos++;
                continue;
            }

            ref var token = ref tokens[count++];
            token = default;
            token.Start = pos;
            if (char.IsAsciiDigit(c))
            {
                var end = pos;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
                {
                    end++;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }
                }

                token.Type = EnTokenType.Number;
                token.Length = end - pos;
                token.Number = token.Length <= MaxDigits
                    && double.TryParse(text.AsSpan(pos, token.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : double.NaN;
                pos = end;
            }
            else if (IsWordChar(c))
            {
                var end = pos + 1;
                while (end < text.Length)
                {
                    var d = text[end];
                    if (IsWordChar(d))
                    {
                        end++;
                    }
                    else if ((d == '\'' || d == '\u2019') && end + 1 < text.Length && IsWordChar(text[end + 1]))
                    {
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                token.Type = EnTokenType.Word;
                token.Length = end - pos;
                token.Lex = EnglishLexicon.Classify(text.AsSpan(pos, token.Length));
                pos = end;
            }
            else
            {
                token.Type = EnTokenType.Symbol;
                token.Symbol = c;
                token.Length = 1;
                pos++;
            }
        }

        return count;
    }

    /// <summary>Latin letters only: Han and other scripts become symbols, so mixed text still splits cleanly.</summary>
    private static bool IsWordChar(char c) => char.IsAsciiLetter(c) || (c >= '\u00C0' && c < '\u0250' && char.IsLetter(c));
}
