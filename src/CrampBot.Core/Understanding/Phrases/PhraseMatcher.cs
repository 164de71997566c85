namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// How far apart a phrase's pieces may be. A gap ("...") skips at most <see cref="Gap"/> tokens and parts joined
/// with "&amp;" lie within <see cref="Window"/> tokens of each other; neither reaches across a barrier token (a
/// sentence end, "but"). <see cref="PhraseIndex"/> does the searching.
/// </summary>
internal sealed class PhraseMatcher(int gap, int window)
{
    public int Gap { get; } = gap;

    public int Window { get; } = window;

    /// <summary>
    /// Puts together the matches of an "&amp;" phrase whose parts' matches are in <paramref name="search"/>: for
    /// every match of the first part, the nearest non-overlapping match of each other part in the same segment and
    /// within the window; the phrase matches from the first to the last word of them all.
    /// </summary>
    public void Combine(int phrase, int parts, PhraseSearch search, PhraseHits into)
    {
        var taken = search.Taken;
        var matches = search.PartMatches;
        var segment = search.Segment;
        var anchorsEnd = search.PartFirst[0] + search.PartCount[0];
        for (var a = search.PartFirst[0]; a < anchorsEnd; a++)
        {
            var anchor = matches[a];
            taken[0] = anchor;
            var takenCount = 1;
            for (var p = 1; p < parts; p++)
            {
                var best = -1;
                var bestDistance = int.MaxValue;
                var end = search.PartFirst[p] + search.PartCount[p];
                for (var c = search.PartFirst[p]; c < end; c++)
                {
                    var candidate = matches[c];
                    if (Overlaps(taken, takenCount, candidate) || segment[candidate.Start] != segment[anchor.Start])
                    {
                        continue;
                    }

                    var distance = Math.Max(0, Math.Max(candidate.Start - anchor.End, anchor.Start - candidate.End));
                    if (distance <= Window && distance < bestDistance)
                    {
                        (best, bestDistance) = (c, distance);
                    }
                }

                if (best < 0)
                {
                    break;
                }

                taken[takenCount++] = matches[best];
            }

            if (takenCount == parts)
            {
                into.Add(phrase, Span(taken, takenCount));
            }
        }
    }

    private static bool Overlaps(PhraseMatch[] taken, int count, PhraseMatch candidate)
    {
        for (var t = 0; t < count; t++)
        {
            if (taken[t].Start < candidate.End && candidate.Start < taken[t].End)
            {
                return true;
            }
        }

        return false;
    }

    // From the first word of all the parts to the last, owning each part's own words.
    private static PhraseMatch Span(PhraseMatch[] taken, int count)
    {
        var start = int.MaxValue;
        var end = int.MinValue;
        for (var t = 0; t < count; t++)
        {
            start = Math.Min(start, taken[t].Start);
            end = Math.Max(end, taken[t].End);
        }

        ulong own = 0;
        for (var t = 0; t < count; t++)
        {
            var shift = taken[t].Start - start;
            own |= shift < 64 ? taken[t].OwnWords << shift : 0;
        }

        return new PhraseMatch(start, end, own);
    }
}
