using CrampBot.Core.Understanding.Context;
using CrampBot.Core.Understanding.Phrases;
using CrampBot.Core.Understanding.Vocabulary;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Finds the facts in a message with every vocabulary, then asks the ConText pass how each was said. Within a
/// group the earlier entry claims its words; a "denied only" phrase counts only when negated, a "normal" one
/// reads as absent and says nothing in a question or when negated ("not a normal colour").
/// </summary>
internal static class FactFinder
{
    public static List<FactMention> Find(string text, IReadOnlyList<FactVocabulary> vocabularies, IReadOnlyList<ContextRules> context, IReadOnlyDictionary<char, char> variants)
    {
        var tokens = Tokenizer.Tokenize(text, variants);
        if (tokens.Count == 0)
        {
            return [];
        }

        var raw = new List<(FactEntry Entry, PhraseMatch Match)>();
        foreach (var vocabulary in vocabularies)
        {
            var message = new MessageTokens(tokens, vocabulary.Barriers);
            foreach (var entry in vocabulary.Entries)
            {
                foreach (var phrase in entry.Phrases)
                {
                    foreach (var match in (entry.Matcher ?? vocabulary.Matcher).FindAll(phrase, message))
                    {
                        if (!Inside(match, entry.NotInside, vocabulary, message))
                        {
                            raw.Add((entry, match));
                        }
                    }
                }
            }
        }

        var pass = ContextPass.Run(tokens, context);
        var claimed = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var mentions = new List<FactMention>();

        // Entries in file order, matches left to right: the earlier entry of a group claims its words first.
        foreach (var (entry, match) in raw)
        {
            var spans = claimed.TryGetValue(entry.Group, out var list) ? list : claimed[entry.Group] = [];
            if (spans.Any(s => s.Start < match.End && match.Start < s.End))
            {
                continue;
            }

            var reading = pass.Read(match);
            if (Reading(entry.Kind, reading) is not { } status)
            {
                continue;
            }

            spans.Add((match.Start, match.End));
            var start = tokens[match.Start].Start;
            var length = tokens[match.End - 1].End - start;
            var quoted = text.Substring(start, length);
            mentions.Add(new FactMention(entry.Fact, status, reading.Time, reading.Subject, quoted, start, length));
            if (status == FactStatus.Absent)
            {
                foreach (var denied in entry.AlsoDenies)
                {
                    mentions.Add(new FactMention(denied, status, reading.Time, reading.Subject, quoted, start, length));
                }
            }
        }

        return mentions.OrderBy(m => m.Start).ToList();
    }

    private static FactStatus? Reading(EntryKind kind, MentionContext context) => kind switch
    {
        EntryKind.Says => context.Status,
        EntryKind.DeniedOnly => context.Status == FactStatus.Absent && !context.InQuestion ? FactStatus.Absent : null,
        EntryKind.Normal when context.InQuestion => null,
        EntryKind.Normal => context.Status switch
        {
            FactStatus.Present => FactStatus.Absent,
            FactStatus.Uncertain => FactStatus.Uncertain,
            _ => null,
        },
        _ => null,
    };

    private static bool Inside(PhraseMatch match, IReadOnlyList<CompiledPhrase> notInside, FactVocabulary vocabulary, MessageTokens message)
    {
        foreach (var phrase in notInside)
        {
            foreach (var outer in vocabulary.Matcher.FindAll(phrase, message))
            {
                if (outer.Start < match.End && match.Start < outer.End)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
