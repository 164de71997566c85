using System.Numerics;

namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// Every distinct word of every phrase, numbered, with indexes that give the words a message token matches
/// without trying them all: by text, by stem, by written beginning ("bruis*"), and for typos by first letter and
/// length (a typo keeps the first letter and changes the length by at most two). Each candidate is confirmed with
/// <see cref="WordMatcher"/>, so the indexes only narrow the search and never change what matches.
/// Built once at load time; read-only and thread-safe afterwards.
/// </summary>
internal sealed class Lexicon
{
    private readonly List<LiteralElement> _literals = [];
    private readonly List<uint> _letters = [];
    private readonly Dictionary<LiteralElement, int> _ids = [];
    private readonly Dictionary<string, List<int>>[] _byText = new Dictionary<string, List<int>>[Enum.GetValues<TokenKind>().Length];
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<(char First, int Length), List<int>> _typos = [];
    private readonly Dictionary<char, List<int>> _prefixTypos = [];
    private readonly Dictionary<string, int> _barriers = new(StringComparer.Ordinal);
    private int _barrierSets;
    private int _longestPrefix;
    private ulong _prefixLengths;

    public Lexicon()
    {
        for (var k = 0; k < _byText.Length; k++)
        {
            _byText[k] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }
    }

    public int Count => _literals.Count;

    /// <summary>The word numbered <paramref name="id"/>.</summary>
    public LiteralElement this[int id] => _literals[id];

    /// <summary>The number of a phrase word; the same word written in two phrases gets one number.</summary>
    public int Register(LiteralElement literal)
    {
        if (_ids.TryGetValue(literal, out var id))
        {
            return id;
        }

        id = _literals.Count;
        _literals.Add(literal);
        _letters.Add(Letters(literal.Text));
        _ids[literal] = id;
        Add(_byText[(int)literal.Kind], literal.Text, id);
        if (literal.Kind != TokenKind.Word)
        {
            return id;
        }

        if (literal.Prefix)
        {
            Add(_byPrefix, literal.Text, id);
            _longestPrefix = Math.Max(_longestPrefix, literal.Text.Length);
            _prefixLengths |= literal.Text.Length < 64 ? 1UL << literal.Text.Length : 0;
            if (literal.Typos)
            {
                Add(_prefixTypos, literal.Text[0], id);
            }

            return id;
        }

        if (!literal.Exact)
        {
            Add(_byStem, literal.Stem, id);
        }

        if (literal.Typos && literal.Text.Length >= WordMatcher.OneTypoLength)
        {
            Add(_typos, (literal.Text[0], literal.Text.Length), id);
        }

        return id;
    }

    /// <summary>
    /// Registers one set of barrier tokens (sentence ends, "but") and returns its bit in
    /// <see cref="LiteralHits.Barriers"/>: each vocabulary and rule set has its own.
    /// </summary>
    public int RegisterBarriers(IEnumerable<string> texts)
    {
        if (_barrierSets == 32)
        {
            throw new InvalidOperationException("at most 32 barrier sets");
        }

        var bit = _barrierSets++;
        foreach (var text in texts)
        {
            _barriers[text] = _barriers.GetValueOrDefault(text) | (1 << bit);
        }

        return bit;
    }

    /// <summary>For every token of a message, the numbers of the words it matches and the barrier sets it is in.</summary>
    public void Match(TokenBuffer tokens, LiteralHits into)
    {
        into.Clear();
        var barriers = _barriers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var kind = tokens.Kind(t);
            var text = tokens.Text(t);
            var stem = tokens.Stem(t);
            into.BeginToken(barriers.TryGetValue(text, out var mask) ? mask : 0);
            Candidates(_byText[(int)kind], text, kind, text, stem, into);
            if (kind == TokenKind.Word)
            {
                WordCandidates(text, stem, into);
            }
        }
    }

    private void WordCandidates(ReadOnlySpan<char> text, ReadOnlySpan<char> stem, LiteralHits into)
    {
        Candidates(_byStem, stem, TokenKind.Word, text, stem, into);
        for (var length = 1; length <= text.Length && length <= _longestPrefix; length++)
        {
            if (length >= 64 || (_prefixLengths & (1UL << length)) != 0)
            {
                Candidates(_byPrefix, text[..length], TokenKind.Word, text, stem, into);
            }
        }

        if (_prefixTypos.TryGetValue(text[0], out var prefixTypos))
        {
            Confirm(prefixTypos, TokenKind.Word, text, stem, into);
        }

        var letters = 0u;
        for (var length = text.Length - 2; length <= text.Length + 2; length++)
        {
            if (_typos.TryGetValue((text[0], length), out var typos))
            {
                letters = letters == 0 ? Letters(text) : letters;
                ConfirmTypos(typos, letters, text, stem, into);
            }
        }
    }

    // Each edit adds at most one letter to a word's set of letters and takes at most one away, so a word whose
    // letters differ from the token's by more than twice its allowed typos cannot be a typo of it: most words of
    // the same first letter and length are dismissed without computing an edit distance.
    private void ConfirmTypos(List<int> ids, uint letters, ReadOnlySpan<char> text, ReadOnlySpan<char> stem, LiteralHits into)
    {
        foreach (var id in ids)
        {
            var allowed = _literals[id].Text.Length >= WordMatcher.TwoTyposLength ? 2 : 1;
            if (BitOperations.PopCount(_letters[id] ^ letters) <= 2 * allowed
                && !into.HasInCurrentToken(id) && WordMatcher.Matches(_literals[id], TokenKind.Word, text, stem))
            {
                into.AddToCurrentToken(id);
            }
        }
    }

    // One bit per letter a..z, the other characters share the remaining bits: a set of the letters of a word.
    private static uint Letters(ReadOnlySpan<char> text)
    {
        var letters = 0u;
        foreach (var c in text)
        {
            letters |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : 26 + (c % 6));
        }

        return letters;
    }

    private void Candidates(Dictionary<string, List<int>> index, ReadOnlySpan<char> key, TokenKind kind, ReadOnlySpan<char> text, ReadOnlySpan<char> stem, LiteralHits into)
    {
        if (index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var ids))
        {
            Confirm(ids, kind, text, stem, into);
        }
    }

    private void Confirm(List<int> ids, TokenKind kind, ReadOnlySpan<char> text, ReadOnlySpan<char> stem, LiteralHits into)
    {
        foreach (var id in ids)
        {
            if (!into.HasInCurrentToken(id) && WordMatcher.Matches(_literals[id], kind, text, stem))
            {
                into.AddToCurrentToken(id);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var ids))
        {
            index[key] = ids = [];
        }

        ids.Add(id);
    }
}
