namespace CrampBot.Core.Understanding.Phrases;

/// <summary>A phrase ready to match, with the words each part can start with, so most positions are skipped at once.</summary>
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

    public bool CanStartWith(Token token)
    {
        foreach (var literal in _first)
        {
            if (WordMatcher.Matches(literal, token))
            {
                return true;
            }
        }

        return false;
    }

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
