using CrampBot.Core.Understanding.Context;
using CrampBot.Core.Understanding.Vocabulary;

namespace CrampBot.Core.Understanding;

/// <summary>
/// Finds the facts in a message with every vocabulary, then asks the ConText pass how each was said. Within a
/// group the earlier entry claims its words; a "denied only" phrase counts only when negated, a "normal" one
/// reads as absent and says nothing in a question or when negated ("not a normal colour").
/// </summary>
internal static class FactFinder
{
    public static List<FactMention> Find(string text, UnderstandingData data)
    {
        var scratch = MessageScratch.ForThisThread();
        var tokens = scratch.Tokens;
        Tokenizer.Tokenize(text, data.Variants, tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        data.Lexicon.Match(tokens, scratch.Literals);
        var raw = scratch.Raw;
        raw.Clear();
        foreach (var vocabulary in data.VocabularyIndexes)
        {
            vocabulary.Find(scratch, raw);
        }

        if (raw.Count == 0)
        {
            // No fact words, so nothing for the ConText pass to read.
            return [];
        }

        var pass = scratch.Context;
        pass.Run(scratch, data.ContextIndexes);
        var claimed = scratch.Claimed;
        claimed.Clear();
        var mentions = new List<FactMention>();

        // Entries in file order, matches left to right: the earlier entry of a group claims its words first.
        foreach (var (entry, match) in raw)
        {
            if (IsClaimed(claimed, entry.Group, match.Start, match.End))
            {
                continue;
            }

            var reading = pass.Read(match);
            if (Reading(entry.Kind, reading) is not { } status)
            {
                continue;
            }

            claimed.Add((entry.Group, match.Start, match.End));
            var start = tokens.Start(match.Start);
            var length = tokens.End(match.End - 1) - start;
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

        SortByStart(mentions);
        return mentions;
    }

    private static bool IsClaimed(List<(string Group, int Start, int End)> claimed, string group, int start, int end)
    {
        foreach (var span in claimed)
        {
            if (span.Start < end && start < span.End && string.Equals(span.Group, group, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Stable, like OrderBy: a denial and what it also denies share a start and keep their order.
    private static void SortByStart(List<FactMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var j = i - 1;
            while (j >= 0 && mentions[j].Start > mention.Start)
            {
                mentions[j + 1] = mentions[j];
                j--;
            }

            mentions[j + 1] = mention;
        }
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
}
