using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Context;

/// <summary>The properties a trigger can give a mention (ConText: certainty, time, experiencer).</summary>
internal enum ContextCategory
{
    Negated,
    Uncertain,
    Historical,
    Hypothetical,
    Experiencer,
}

/// <summary>Whether a trigger governs the words after it ("no swelling") or before it ("swelling: none").</summary>
internal enum ContextDirection
{
    Forward,
    Backward,
}

/// <summary>One trigger phrase with its category, direction and how many words it reaches.</summary>
internal sealed record ContextTrigger(ContextCategory Category, ContextDirection Direction, CompiledPhrase Phrase, int MaxScope);

/// <summary>One language's ConText rules, read from dialogs/understanding/context.LANG.yaml.</summary>
internal sealed record ContextRules(
    string File,
    PhraseMatcher Matcher,
    IReadOnlySet<string> SentenceEnds,
    IReadOnlyList<ContextTrigger> Triggers,
    IReadOnlyList<CompiledPhrase> Pseudo,
    IReadOnlyList<CompiledPhrase> Terminators,
    IReadOnlyDictionary<ContextCategory, IReadOnlyList<CompiledPhrase>> CategoryTerminators,
    IReadOnlyList<CompiledPhrase> QuestionEnds,
    IReadOnlyList<CompiledPhrase> Self);
