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
    public static Term Of(string fact, string pattern, string? group = null, params string[] alsoDenies) =>
        new(fact, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), group ?? fact, alsoDenies);
}
