namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// Parses the phrase syntax used in dialogs/understanding/*.yaml:
/// <list type="bullet">
/// <item>words separated by spaces, in order: <c>short of breath</c>; Chinese is written as it is: <c>小便</c>;</item>
/// <item><c>(a|b c)</c> alternatives, <c>word?</c> or <c>(...)?</c> optional, <c>swell*</c> any ending;</item>
/// <item><c>...</c> a gap of a few tokens; <c>A &amp; B</c> both parts near each other in any order.</item>
/// </list>
/// Long English words also match with a typo and English words on their stem, unless written with a leading
/// "=": <c>=legs</c> is only "legs".
/// </summary>
internal static class PhraseParser
{
    public static Phrase Parse(string source, int line, bool typos, IReadOnlyDictionary<char, char>? variants = null)
    {
        var parts = new List<IReadOnlyList<PhraseElement>>();
        foreach (var part in source.Split('&'))
        {
            var text = part.Trim();
            if (text.Length == 0)
            {
                throw new FormatException("an empty part around '&'");
            }

            var position = 0;
            var sequence = ParseSequence(text, ref position, typos, variants, nested: false);
            if (position != text.Length)
            {
                throw new FormatException($"unexpected '{text[position]}' at column {position + 1} of '{text}'");
            }

            if (sequence.Count == 0 || sequence.All(e => e is GapElement || e is ChoiceElement { Optional: true }))
            {
                throw new FormatException($"'{text}' has no word that must be there");
            }

            if (sequence[0] is GapElement || sequence[^1] is GapElement)
            {
                throw new FormatException($"'{text}' starts or ends with '...'");
            }

            parts.Add(sequence);
        }

        return new Phrase(source, parts, line);
    }

    private static List<PhraseElement> ParseSequence(string text, ref int i, bool typos, IReadOnlyDictionary<char, char>? variants, bool nested)
    {
        var elements = new List<PhraseElement>();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c == '(')
            {
                i++;
                var alternatives = new List<IReadOnlyList<PhraseElement>>();
                while (true)
                {
                    var alternative = ParseSequence(text, ref i, typos, variants, nested: true);
                    if (alternative.Count == 0)
                    {
                        throw new FormatException($"an empty alternative in '{text}'");
                    }

                    alternatives.Add(alternative);
                    if (i >= text.Length)
                    {
                        throw new FormatException($"'(' without ')' in '{text}'");
                    }

                    if (text[i] == ')')
                    {
                        i++;
                        break;
                    }

                    i++; // '|'
                }

                var optional = i < text.Length && text[i] == '?';
                if (optional)
                {
                    i++;
                }

                elements.Add(new ChoiceElement(alternatives, optional));
            }
            else if (c is ')' or '|')
            {
                if (!nested)
                {
                    throw new FormatException($"'{c}' outside parentheses in '{text}'");
                }

                return elements;
            }
            else if (text.AsSpan(i).StartsWith("..."))
            {
                i += 3;
                elements.Add(new GapElement());
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] is not (' ' or '(' or ')' or '|') && !text.AsSpan(i).StartsWith("..."))
                {
                    i++;
                }

                elements.AddRange(Word(text[start..i], typos, variants));
            }
        }

        return elements;
    }

    // One written word: may become several tokens (Chinese characters, "don't" stays one), with its markers.
    private static IEnumerable<PhraseElement> Word(string written, bool typos, IReadOnlyDictionary<char, char>? variants)
    {
        var optional = written.EndsWith('?') && written.Length > 1;
        if (optional)
        {
            written = written[..^1];
        }

        var exact = written.StartsWith('=');
        if (exact)
        {
            written = written[1..];
        }

        var prefix = written.EndsWith('*') && written.Length > 1;
        if (prefix)
        {
            written = written[..^1];
        }

        var tokens = Tokenizer.Tokenize(written, variants);
        if (tokens.Count == 0)
        {
            throw new FormatException($"'{written}' has no word in it");
        }

        var literals = tokens.Select((t, n) => (PhraseElement)new LiteralElement(
            t.Text,
            prefix ? t.Text : t.Stem,
            t.Kind,
            prefix && n == tokens.Count - 1,
            typos && !exact && t.Kind == TokenKind.Word,
            exact)).ToList();
        return optional ? [new ChoiceElement([literals], Optional: true)] : literals;
    }
}
