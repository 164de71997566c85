namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// The working memory of <see cref="PhraseIndex.FindAll"/>: where each phrase part may start, the matches of
/// the parts of the phrase at hand and each token's segment. Kept per thread and reused, so searching a message
/// allocates nothing.
/// </summary>
internal sealed class PhraseSearch
{
    public long[] Candidates = new long[64];
    public int CandidateCount;
    public PhraseMatch[] PartMatches = new PhraseMatch[16];
    public int PartMatchCount;
    public int[] PartFirst = new int[4];
    public int[] PartCount = new int[4];
    public PhraseMatch[] Taken = new PhraseMatch[4];
    public int[] Segment = new int[64];

    public void AddCandidate(long candidate)
    {
        if (CandidateCount == Candidates.Length)
        {
            Array.Resize(ref Candidates, CandidateCount * 2);
        }

        Candidates[CandidateCount++] = candidate;
    }

    public void AddPartMatch(PhraseMatch match)
    {
        if (PartMatchCount == PartMatches.Length)
        {
            Array.Resize(ref PartMatches, PartMatchCount * 2);
        }

        PartMatches[PartMatchCount++] = match;
    }

    /// <summary>Room for the parts of one phrase.</summary>
    public void StartPhrase(int parts)
    {
        if (PartFirst.Length < parts)
        {
            PartFirst = new int[parts];
            PartCount = new int[parts];
            Taken = new PhraseMatch[parts];
        }

        Array.Clear(PartCount, 0, parts);
        PartMatchCount = 0;
    }

    /// <summary>Numbers the segments between barrier tokens, so a window never reaches across one.</summary>
    public void MarkSegments(LiteralHits hits, int barrierBit)
    {
        if (Segment.Length < hits.TokenCount)
        {
            Segment = new int[Math.Max(hits.TokenCount, Segment.Length * 2)];
        }

        var segment = 0;
        for (var t = 0; t < hits.TokenCount; t++)
        {
            if ((hits.Barriers(t) & (1 << barrierBit)) != 0)
            {
                segment++;
            }

            Segment[t] = segment;
        }
    }
}
