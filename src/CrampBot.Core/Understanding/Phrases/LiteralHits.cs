namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// What <see cref="Lexicon.Match"/> found for each token of one message: the numbers of the phrase words the
/// token matches (a handful at most) and a bit per barrier set it belongs to. Reused message after message.
/// </summary>
internal sealed class LiteralHits
{
    private int[] _ids = new int[128];
    private int[] _first = new int[64];
    private int[] _count = new int[64];
    private int[] _barriers = new int[64];
    private int _idCount;

    public int TokenCount { get; private set; }

    public void Clear()
    {
        TokenCount = 0;
        _idCount = 0;
    }

    /// <summary>The words token <paramref name="token"/> matches.</summary>
    public ReadOnlySpan<int> Ids(int token) => _ids.AsSpan(_first[token], _count[token]);

    public bool Contains(int token, int id)
    {
        var first = _first[token];
        var end = first + _count[token];
        for (var k = first; k < end; k++)
        {
            if (_ids[k] == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The barrier sets (bits from <see cref="Lexicon.RegisterBarriers"/>) the token belongs to.</summary>
    public int Barriers(int token) => _barriers[token];

    public void BeginToken(int barriers)
    {
        if (TokenCount == _first.Length)
        {
            Array.Resize(ref _first, TokenCount * 2);
            Array.Resize(ref _count, TokenCount * 2);
            Array.Resize(ref _barriers, TokenCount * 2);
        }

        _first[TokenCount] = _idCount;
        _count[TokenCount] = 0;
        _barriers[TokenCount] = barriers;
        TokenCount++;
    }

    public bool HasInCurrentToken(int id) => Contains(TokenCount - 1, id);

    public void AddToCurrentToken(int id)
    {
        if (_idCount == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }

        _ids[_idCount++] = id;
        _count[TokenCount - 1]++;
    }
}
