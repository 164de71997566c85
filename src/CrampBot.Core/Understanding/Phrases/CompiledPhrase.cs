namespace CrampBot.Core.Understanding.Phrases;

/// <summary>A parsed phrase with the words each part can start with, so a message is searched only where one of them is.</summary>
internal sealed class CompiledPhrase
{
    public CompiledPhrase(Phrase phrase)
    {
        Phrase = phrase;
        Parts = phrase.Parts.Select(p => new CompiledPart(p)).ToList();
    }

    public Phrase Phrase { get; }

    public IReadOnlyList<CompiledPart> Parts { get; }
}

/// <summary>One ordered part of a phrase.</summary>
internal sealed class CompiledPart
{
    private readonly List<LiteralElement> _first = [];

    public CompiledPart(IReadOnlyList<PhraseElement> elements)
    {
        Elements = elements;
        CollectFirst(elements, 0);
    }

    public IReadOnlyList<PhraseElement> Elements { get; }

    /// <summary>The literals a match can begin with: a token matching none of them starts no match.</summary>
    public IReadOnlyList<LiteralElement> FirstLiterals => _first;

    // The literals a match can begin with: through optional choices to what follows them.
    private bool CollectFirst(IReadOnlyList<PhraseElement> elements, int index)
    {
        for (var i = index; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case LiteralElement literal:
                    _first.Add(literal);
                    return true;
                case ChoiceElement choice:
                    var allSolid = true;
                    foreach (var alternative in choice.Alternatives)
                    {
                        allSolid &= CollectFirst(alternative, 0);
                    }

                    if (allSolid && !choice.Optional)
                    {
                        return true;
                    }

                    break;
                case GapElement:
                    break;
            }
        }

        return false;
    }
}
