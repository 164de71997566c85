namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// A parsed vocabulary phrase: one or more parts. One part is an ordered sequence ("urine ... dark"). Several
/// parts joined with "&amp;" must all appear within the vocabulary's window of each other, in any order
/// ("sock &amp; dent" matches "a dent from my sock" and "my sock leaves a dent").
/// </summary>
internal sealed record Phrase(string Source, IReadOnlyList<IReadOnlyList<PhraseElement>> Parts, int Line);

/// <summary>
/// Where a phrase matched, in token indices (end exclusive), and which tokens its own words matched: a
/// negation written into the phrase ("can't breathe") belongs to the symptom and does not deny it.
/// </summary>
internal readonly record struct PhraseMatch(int Start, int End, ulong OwnWords)
{
    public bool Owns(int tokenIndex) => tokenIndex >= Start && tokenIndex - Start < 64 && (OwnWords & (1UL << (tokenIndex - Start))) != 0;
}
