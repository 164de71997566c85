namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// Finds a phrase in a tokenized message. A gap ("...") skips at most <see cref="Gap"/> tokens and parts joined
/// with "&amp;" lie within <see cref="Window"/> tokens of each other; neither reaches across a barrier token
/// (a sentence end, "but"), whose positions come in <see cref="MessageTokens.Segment"/>.
/// </summary>
internal sealed class PhraseMatcher(int gap, int window)
{
    public int Gap { get; } = gap;

    public int Window { get; } = window;

    /// <summary>Every match of the phrase, the longest at each start, left to right.</summary>
    public List<PhraseMatch> FindAll(CompiledPhrase phrase, MessageTokens message)
    {
        if (phrase.Parts.Count == 1)
        {
            List<PhraseMatch>? found = null;
            FindPart(phrase.Parts[0], message, ref found);
            return found ?? [];
        }

        var results = new List<PhraseMatch>();

        var perPart = new List<List<PhraseMatch>>(phrase.Parts.Count);
        foreach (var part in phrase.Parts)
        {
            List<PhraseMatch>? found = null;
            FindPart(part, message, ref found);
            if (found is null)
            {
                return results;
            }

            perPart.Add(found);
        }

        foreach (var anchor in perPart[0])
        {
            var (start, end, own) = (anchor.Start, anchor.End, anchor.OwnWords);
            var ok = true;
            var taken = new List<PhraseMatch> { anchor };
            for (var p = 1; p < perPart.Count && ok; p++)
            {
                PhraseMatch? best = null;
                var bestDistance = int.MaxValue;
                foreach (var candidate in perPart[p])
                {
                    if (taken.Any(t => t.Start < candidate.End && candidate.Start < t.End)
                        || message.Segment[candidate.Start] != message.Segment[anchor.Start])
                    {
                        continue;
                    }

                    var distance = Math.Max(0, Math.Max(candidate.Start - anchor.End, anchor.Start - candidate.End));
                    if (distance <= Window && distance < bestDistance)
                    {
                        (best, bestDistance) = (candidate, distance);
                    }
                }

                if (best is { } found)
                {
                    taken.Add(found);
                }
                else
                {
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            start = taken.Min(t => t.Start);
            end = taken.Max(t => t.End);
            own = 0;
            foreach (var t in taken)
            {
                var shift = t.Start - start;
                own |= shift < 64 ? t.OwnWords << shift : 0;
            }

            results.Add(new PhraseMatch(start, end, own));
        }

        return results;
    }

    private void FindPart(CompiledPart part, MessageTokens message, ref List<PhraseMatch>? results)
    {
        var tokens = message.Tokens;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!part.CanStartWith(tokens[start]))
            {
                continue;
            }

            var bestEnd = -1;
            ulong bestOwn = 0;
            Match(part.Elements, 0, start, start, 0, message, (end, own) =>
            {
                if (end > bestEnd)
                {
                    (bestEnd, bestOwn) = (end, own);
                }
            });
            if (bestEnd > start)
            {
                (results ??= []).Add(new PhraseMatch(start, bestEnd, bestOwn));
            }
        }
    }

    private delegate void Found(int end, ulong own);

    // Continuation-passing match: "then" carries on with what follows a choice once one alternative matched.
    private void Match(IReadOnlyList<PhraseElement> elements, int index, int position, int start, ulong own, MessageTokens message, Found found)
    {
        if (index == elements.Count)
        {
            found(position, own);
            return;
        }

        var tokens = message.Tokens;
        switch (elements[index])
        {
            case LiteralElement literal:
                if (position < tokens.Count && WordMatcher.Matches(literal, tokens[position]))
                {
                    var bit = position - start < 64 ? 1UL << (position - start) : 0;
                    Match(elements, index + 1, position + 1, start, own | bit, message, found);
                }

                break;
            case ChoiceElement choice:
                if (choice.Optional)
                {
                    Match(elements, index + 1, position, start, own, message, found);
                }

                foreach (var alternative in choice.Alternatives)
                {
                    Match(alternative, 0, position, start, own, message, (end, o) => Match(elements, index + 1, end, start, o, message, found));
                }

                break;
            case GapElement:
                for (var skip = 0; skip <= Gap && position + skip < tokens.Count; skip++)
                {
                    if (skip > 0 && message.IsBarrier[position + skip - 1])
                    {
                        break;
                    }

                    Match(elements, index + 1, position + skip, start, own, message, found);
                }

                break;
        }
    }
}
