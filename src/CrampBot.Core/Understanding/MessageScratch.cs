using CrampBot.Core.Understanding.Context;
using CrampBot.Core.Understanding.Phrases;
using CrampBot.Core.Understanding.Vocabulary;

namespace CrampBot.Core.Understanding;

/// <summary>
/// The working memory of understanding one message, one per thread and reused: the tokens, what each matches,
/// the phrase search and the ConText pass. Why: allocating these per message was most of the step's garbage. Safe
/// because finding facts runs start to end on one thread without awaiting or calling back into itself.
/// </summary>
internal sealed class MessageScratch
{
    [ThreadStatic]
    private static MessageScratch? _current;

    public static MessageScratch ForThisThread() => _current ??= new MessageScratch();

    public TokenBuffer Tokens { get; } = new();

    public LiteralHits Literals { get; } = new();

    public PhraseSearch Search { get; } = new();

    public PhraseHits Hits { get; } = new();

    /// <summary>The not_inside matches, beside <see cref="Hits"/>.</summary>
    public PhraseHits OuterHits { get; } = new();

    public ContextPass Context { get; } = new();

    public List<(FactEntry Entry, PhraseMatch Match)> Raw { get; } = [];

    public List<(string Group, int Start, int End)> Claimed { get; } = [];
}
