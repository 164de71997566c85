using System.Text.RegularExpressions;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// One way of saying a fact. A match sets the fact to yes, or to no / don't know when a negation or doubt cue
/// governs it. The optional group "k" marks the keyword the cue must govern ("my left calf is <k>swollen</k>"),
/// so a cue inside the phrase ("left calf is not swollen") still counts.
/// </summary>
/// <param name="Fact">The fact this phrase states.</param>
/// <param name="Pattern">The phrase.</param>
/// <param name="Group">Terms in one group never match the same words twice: the first (more specific) wins,
/// so "both legs are swollen" does not also count as one swollen leg.</param>
/// <param name="AlsoDenies">Facts that a negated match also denies ("no swelling" rules out swelling on either side).</param>
internal sealed record Term(string Fact, Regex Pattern, string Group, IReadOnlyList<string> AlsoDenies)
{
    /// <summary>How a match reads: <see cref="TermKind.States"/> unless made with <see cref="Denial"/> or <see cref="Normal"/>.</summary>
    public TermKind Kind { get; init; } = TermKind.States;

    public static Term Of(string fact, string pattern, string? group = null, params string[] alsoDenies) =>
        new(fact, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), group ?? fact, alsoDenies);

    /// <summary>
    /// Words that deny the fact when negated but do not state it when affirmed: "my foot isn't cold" rules out a
    /// cold, pale foot, while "my foot is cold" is only a cold night. Own group, so it never hides a stating term.
    /// </summary>
    public static Term Denial(string fact, string pattern) =>
        Of(fact, pattern, fact + ":denial") with { Kind = TermKind.DenialOnly };

    /// <summary>
    /// An explicit "it is normal" for the fact ("urine is a normal colour", "尿色正常", "foot is warm"): affirmed it
    /// reads as no, doubted as don't know, negated or asked ("is my pee normal?") it says nothing. Own group, so a
    /// stated symptom elsewhere in the message still counts and outranks it.
    /// </summary>
    public static Term Normal(string fact, string pattern) =>
        Of(fact, pattern, fact + ":normal") with { Kind = TermKind.StatesNormal };
}

/// <summary>How a matched phrase relates to its fact.</summary>
internal enum TermKind
{
    /// <summary>The phrase names the symptom: affirmed is yes, negated no, doubted don't know.</summary>
    States,

    /// <summary>The phrase only counts when negated, as a no.</summary>
    DenialOnly,

    /// <summary>The phrase says the fact is normal: affirmed is no.</summary>
    StatesNormal,
}
