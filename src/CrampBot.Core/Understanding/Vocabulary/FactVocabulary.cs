using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Vocabulary;

/// <summary>One language's fact vocabulary, read from dialogs/understanding/facts.LANG.yaml.</summary>
internal sealed class FactVocabulary(
    string file,
    PhraseMatcher matcher,
    IReadOnlySet<string> barriers,
    IReadOnlyDictionary<char, char> variants,
    IReadOnlyList<FactEntry> entries)
{
    public string File { get; } = file;

    public PhraseMatcher Matcher { get; } = matcher;

    /// <summary>Tokens no gap or window reaches across.</summary>
    public IReadOnlySet<string> Barriers { get; } = barriers;

    /// <summary>Character variants folded before matching (traditional to simplified).</summary>
    public IReadOnlyDictionary<char, char> Variants { get; } = variants;

    public IReadOnlyList<FactEntry> Entries { get; } = entries;
}
