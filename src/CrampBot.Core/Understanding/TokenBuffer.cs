namespace CrampBot.Core.Understanding;

/// <summary>
/// The tokens of one message as structs over one character buffer: the normalised text of every token sits in
/// <see cref="Text"/>, its stem is a prefix of it. One buffer is reused message after message on a thread, so
/// tokenizing allocates nothing once the buffers have grown to the longest message seen.
/// </summary>
internal sealed class TokenBuffer
{
    private TokenSlot[] _slots = new TokenSlot[64];
    private char[] _chars = new char[256];
    private int _charCount;

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    public TokenKind Kind(int token) => _slots[token].Kind;

    /// <summary>Where the token starts in the original message.</summary>
    public int Start(int token) => _slots[token].Start;

    /// <summary>Where the token ends (exclusive) in the original message.</summary>
    public int End(int token) => _slots[token].Start + _slots[token].Length;

    public bool IsPunctuation(int token) => _slots[token].Kind == TokenKind.Punctuation;

    /// <summary>The normalised text: lower case, straight apostrophes, simplified characters, folded marks.</summary>
    public ReadOnlySpan<char> Text(int token)
    {
        ref readonly var slot = ref _slots[token];
        return _chars.AsSpan(slot.TextStart, slot.TextLength);
    }

    public ReadOnlySpan<char> Stem(int token)
    {
        ref readonly var slot = ref _slots[token];
        return _chars.AsSpan(slot.TextStart, slot.StemLength);
    }

    /// <summary>Room for a token's normalised text; <see cref="Add"/> then takes the first <c>length</c> characters.</summary>
    public Span<char> Reserve(int length)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        return _chars.AsSpan(_charCount, length);
    }

    /// <summary>Adds a token whose text was written with <see cref="Reserve"/>.</summary>
    public void Add(TokenKind kind, int start, int length, int textLength, int stemLength)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        _slots[Count++] = new TokenSlot(kind, start, length, _charCount, textLength, stemLength);
        _charCount += textLength;
    }

    /// <summary>Adds a token of one character.</summary>
    public void Add(TokenKind kind, int start, int length, char text)
    {
        Reserve(1)[0] = text;
        Add(kind, start, length, 1, 1);
    }

    /// <summary>The public record of one token, for callers outside the hot path.</summary>
    public Token ToToken(int token)
    {
        ref readonly var slot = ref _slots[token];
        var text = new string(Text(token));
        var stem = slot.StemLength == slot.TextLength ? text : text[..slot.StemLength];
        return new Token(text, stem, slot.Kind, slot.Start, slot.Length);
    }

    private readonly record struct TokenSlot(TokenKind Kind, int Start, int Length, int TextStart, int TextLength, int StemLength);
}
