using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Context;

/// <summary>What a phrase of a ConText rule set does when it matches.</summary>
internal enum ContextRole
{
    Pseudo,
    Terminator,
    CategoryTerminator,
    QuestionEnd,
    Self,
    Trigger,
}

/// <summary>
/// All phrases of one ConText rule set (pseudo-triggers, terminators, question ends, self cues, triggers) behind
/// one <see cref="PhraseIndex"/>, each with its role, so one search of a message finds them all.
/// </summary>
internal sealed class ContextIndex
{
    private readonly List<ContextRole> _roles = [];
    private readonly List<int> _details = [];

    public ContextIndex(ContextRules rules, Lexicon lexicon)
    {
        Rules = rules;
        BarrierBit = lexicon.RegisterBarriers(rules.SentenceEnds);
        var phrases = new List<(CompiledPhrase, PhraseMatcher)>();
        Add(phrases, rules.Pseudo, ContextRole.Pseudo, 0);
        Add(phrases, rules.Terminators, ContextRole.Terminator, 0);
        foreach (var (category, terminators) in rules.CategoryTerminators)
        {
            Add(phrases, terminators, ContextRole.CategoryTerminator, (int)category);
        }

        Add(phrases, rules.QuestionEnds, ContextRole.QuestionEnd, 0);
        Add(phrases, rules.Self, ContextRole.Self, 0);
        for (var t = 0; t < rules.Triggers.Count; t++)
        {
            Add(phrases, [rules.Triggers[t].Phrase], ContextRole.Trigger, t);
        }

        Phrases = new PhraseIndex(phrases, lexicon, BarrierBit);
    }

    public ContextRules Rules { get; }

    /// <summary>The sentence ends of this rule set, as a barrier bit of <see cref="LiteralHits.Barriers"/>.</summary>
    public int BarrierBit { get; }

    public PhraseIndex Phrases { get; }

    public ContextRole Role(int phrase) => _roles[phrase];

    /// <summary>The category of a category terminator, the position in <see cref="ContextRules.Triggers"/> of a trigger.</summary>
    public int Detail(int phrase) => _details[phrase];

    private void Add(List<(CompiledPhrase, PhraseMatcher)> phrases, IReadOnlyList<CompiledPhrase> add, ContextRole role, int detail)
    {
        foreach (var phrase in add)
        {
            phrases.Add((phrase, Rules.Matcher));
            _roles.Add(role);
            _details.Add(detail);
        }
    }
}
