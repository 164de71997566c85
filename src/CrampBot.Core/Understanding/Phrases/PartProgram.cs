namespace CrampBot.Core.Understanding.Phrases;

/// <summary>
/// One ordered part of a phrase compiled for matching: its words by their <see cref="Lexicon"/> number, and every
/// nested alternative knowing where its parent carries on once it has matched. The search is the same depth-first
/// walk, in the same order, as reading the phrase element by element, but it needs no closure per step.
/// </summary>
internal sealed class PartProgram
{
    private readonly Sequence _root;

    public PartProgram(CompiledPart part, Lexicon lexicon)
    {
        _root = Compile(part.Elements, parent: null, resume: 0, lexicon);
        var first = new List<int>();
        foreach (var literal in part.FirstLiterals)
        {
            var id = lexicon.Register(literal);
            if (!first.Contains(id))
            {
                first.Add(id);
            }
        }

        FirstLiterals = [.. first];
    }

    /// <summary>The words a match can begin with: a token matching none of them starts no match.</summary>
    public int[] FirstLiterals { get; }

    /// <summary>
    /// The longest match beginning at token <paramref name="start"/>; among paths of that length the first one
    /// found gives the words the phrase owns. False when nothing of one token or more matches there.
    /// </summary>
    public bool LongestAt(LiteralHits hits, int barrierBit, int gap, int start, out PhraseMatch match)
    {
        var search = new Search(hits, 1 << barrierBit, gap, start);
        Walk(_root, 0, start, 0, ref search);
        match = new PhraseMatch(start, search.BestEnd, search.BestOwn);
        return search.BestEnd > start;
    }

    private static void Walk(Sequence sequence, int index, int position, ulong own, ref Search search)
    {
        // The end of a nested alternative carries on in its parent, after the choice.
        while (index == sequence.Steps.Length)
        {
            if (sequence.Parent is null)
            {
                if (position > search.BestEnd)
                {
                    search.BestEnd = position;
                    search.BestOwn = own;
                }

                return;
            }

            index = sequence.Resume;
            sequence = sequence.Parent;
        }

        var step = sequence.Steps[index];
        switch (step.Kind)
        {
            case StepKind.Literal:
                if (position < search.Hits.TokenCount && search.Hits.Contains(position, step.Literal))
                {
                    var offset = position - search.Start;
                    var bit = offset < 64 ? 1UL << offset : 0;
                    Walk(sequence, index + 1, position + 1, own | bit, ref search);
                }

                break;
            case StepKind.Choice:
                if (step.Optional)
                {
                    Walk(sequence, index + 1, position, own, ref search);
                }

                foreach (var alternative in step.Alternatives!)
                {
                    Walk(alternative, 0, position, own, ref search);
                }

                break;
            case StepKind.Gap:
                for (var skip = 0; skip <= search.Gap && position + skip < search.Hits.TokenCount; skip++)
                {
                    if (skip > 0 && (search.Hits.Barriers(position + skip - 1) & search.BarrierMask) != 0)
                    {
                        break;
                    }

                    Walk(sequence, index + 1, position + skip, own, ref search);
                }

                break;
        }
    }

    private static Sequence Compile(IReadOnlyList<PhraseElement> elements, Sequence? parent, int resume, Lexicon lexicon)
    {
        var sequence = new Sequence(new Step[elements.Count], parent, resume);
        for (var i = 0; i < elements.Count; i++)
        {
            var next = i + 1;
            sequence.Steps[i] = elements[i] switch
            {
                LiteralElement literal => new Step(StepKind.Literal, lexicon.Register(literal), null, false),
                ChoiceElement choice => new Step(
                    StepKind.Choice,
                    -1,
                    choice.Alternatives.Select(a => Compile(a, sequence, next, lexicon)).ToArray(),
                    choice.Optional),
                GapElement => new Step(StepKind.Gap, -1, null, false),
                _ => throw new InvalidOperationException($"unknown phrase element {elements[i]}"),
            };
        }

        return sequence;
    }

    private enum StepKind
    {
        Literal,
        Choice,
        Gap,
    }

    private readonly record struct Step(StepKind Kind, int Literal, Sequence[]? Alternatives, bool Optional);

    private sealed record Sequence(Step[] Steps, Sequence? Parent, int Resume);

    private struct Search(LiteralHits hits, int barrierMask, int gap, int start)
    {
        public readonly LiteralHits Hits = hits;
        public readonly int BarrierMask = barrierMask;
        public readonly int Gap = gap;
        public readonly int Start = start;
        public int BestEnd = -1;
        public ulong BestOwn;
    }
}
