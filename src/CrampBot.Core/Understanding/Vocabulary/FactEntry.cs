using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Vocabulary;

/// <summary>How a phrase relates to its fact.</summary>
internal enum EntryKind
{
    /// <summary>The phrase names the symptom: affirmed it is present, negated absent, doubted uncertain.</summary>
    Says,

    /// <summary>The phrase only counts when negated ("my foot isn't cold"): "my foot is cold" is just a cold night.</summary>
    DeniedOnly,

    /// <summary>The phrase says the thing is normal ("urine is clear"): affirmed it reads as absent.</summary>
    Normal,
}

/// <summary>
/// Phrases of one fact, of one kind. Entries sharing a <see cref="Group"/> never claim the same words twice:
/// the earlier entry in the file wins, so "both ankles are swollen" is not also one swollen leg.
/// </summary>
internal sealed record FactEntry(
    string Fact,
    string Group,
    EntryKind Kind,
    IReadOnlyList<string> AlsoDenies,
    IReadOnlyList<CompiledPhrase> Phrases,
    IReadOnlyList<CompiledPhrase> NotInside,
    PhraseMatcher? Matcher = null);
