namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// The matches of a <see cref="PhraseIndex"/> in one message, in phrase order and, within a phrase, in the order
/// matching one phrase at a time gives them. Reused message after message.
/// </summary>
internal sealed class PhraseHits
{
    private PhraseMatch[] _matches = new PhraseMatch[32];
    private int[] _phrases = new int[32];

    public int Count { get; private set; }

    public PhraseMatch Match(int hit) => _matches[hit];

    /// <summary>The phrase's position in the list the index was built from.</summary>
    public int Phrase(int hit) => _phrases[hit];

    public void Clear() => Count = 0;

    public void Add(int phrase, PhraseMatch match)
    {
        if (Count == _matches.Length)
        {
            Array.Resize(ref _matches, Count * 2);
            Array.Resize(ref _phrases, Count * 2);
        }

        _matches[Count] = match;
        _phrases[Count] = phrase;
        Count++;
    }
}
