namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// A list of phrases (a vocabulary's, or a ConText rule set's) indexed by the words their parts can begin with.
/// Why: trying every phrase at every token cost most of a message's understanding; through the index a message
/// only tries the parts one of its tokens can begin, at those tokens. The matches are the same, in the same order,
/// as matching the phrases one by one at every position.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly IndexedPhrase[] _phrases;
    private readonly PartProgram[] _parts;
    private readonly int[] _phraseOfPart;
    private readonly int[][] _partsByFirstLiteral;
    private readonly int _barrierBit;

    /// <param name="phrases">The phrases in the order their matches are wanted, each with its gap and window.</param>
    /// <param name="lexicon">Numbers the phrases' words.</param>
    /// <param name="barrierBit">The barrier set (from <see cref="Lexicon.RegisterBarriers"/>) gaps and windows stop at.</param>
    public PhraseIndex(IReadOnlyList<(CompiledPhrase Phrase, PhraseMatcher Matcher)> phrases, Lexicon lexicon, int barrierBit)
    {
        _barrierBit = barrierBit;
        _phrases = new IndexedPhrase[phrases.Count];
        var parts = new List<PartProgram>();
        var phraseOfPart = new List<int>();
        for (var f = 0; f < phrases.Count; f++)
        {
            var (phrase, matcher) = phrases[f];
            _phrases[f] = new IndexedPhrase(parts.Count, phrase.Parts.Count, matcher);
            foreach (var part in phrase.Parts)
            {
                parts.Add(new PartProgram(part, lexicon));
                phraseOfPart.Add(f);
            }
        }

        _parts = [.. parts];
        _phraseOfPart = [.. phraseOfPart];
        var byLiteral = new List<int>[lexicon.Count];
        for (var p = 0; p < _parts.Length; p++)
        {
            foreach (var literal in _parts[p].FirstLiterals)
            {
                (byLiteral[literal] ??= []).Add(p);
            }
        }

        _partsByFirstLiteral = byLiteral.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public int Count => _phrases.Length;

    /// <summary>Every match of every phrase in the message whose tokens <paramref name="hits"/> describes.</summary>
    public void FindAll(LiteralHits hits, PhraseSearch search, PhraseHits into)
    {
        into.Clear();
        search.CandidateCount = 0;
        for (var t = 0; t < hits.TokenCount; t++)
        {
            foreach (var literal in hits.Ids(t))
            {
                if (literal < _partsByFirstLiteral.Length)
                {
                    foreach (var part in _partsByFirstLiteral[literal])
                    {
                        search.AddCandidate(((long)part << 32) | (uint)t);
                    }
                }
            }
        }

        if (search.CandidateCount == 0)
        {
            return;
        }

        // Part by part in phrase order, start by start left to right: the order of matching one phrase at a time.
        var candidates = search.Candidates.AsSpan(0, search.CandidateCount);
        candidates.Sort();
        search.MarkSegments(hits, _barrierBit);
        var c = 0;
        while (c < candidates.Length)
        {
            var phrase = _phraseOfPart[(int)(candidates[c] >> 32)];
            var indexed = _phrases[phrase];
            search.StartPhrase(indexed.PartCount);
            for (; c < candidates.Length && _phraseOfPart[(int)(candidates[c] >> 32)] == phrase; c++)
            {
                if (c > 0 && candidates[c] == candidates[c - 1])
                {
                    continue;
                }

                var part = (int)(candidates[c] >> 32);
                var start = (int)(candidates[c] & uint.MaxValue);
                if (_parts[part].LongestAt(hits, _barrierBit, indexed.Matcher.Gap, start, out var match))
                {
                    var k = part - indexed.FirstPart;
                    if (search.PartCount[k]++ == 0)
                    {
                        search.PartFirst[k] = search.PartMatchCount;
                    }

                    search.AddPartMatch(match);
                }
            }

            Collect(phrase, indexed, search, into);
        }
    }

    private static void Collect(int phrase, IndexedPhrase indexed, PhraseSearch search, PhraseHits into)
    {
        if (indexed.PartCount == 1)
        {
            for (var m = 0; m < search.PartMatchCount; m++)
            {
                into.Add(phrase, search.PartMatches[m]);
            }

            return;
        }

        for (var k = 0; k < indexed.PartCount; k++)
        {
            if (search.PartCount[k] == 0)
            {
                return;
            }
        }

        indexed.Matcher.Combine(phrase, indexed.PartCount, search, into);
    }

    private sealed record IndexedPhrase(int FirstPart, int PartCount, PhraseMatcher Matcher);
}
