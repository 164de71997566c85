namespace CrampBot.Core.Triage;

/// <summary>
/// Ordinal equality for fact names with a plain, unseeded hash. The rule service looks facts up in a report
/// hundreds of times per assessment, and the default string hash (randomised, to resist hash flooding from
/// untrusted keys) was the largest single cost of those lookups. Fact names come from <see cref="Facts"/>, a fixed
/// vocabulary checked on every write, never from what a user typed, so there is nothing to flood with.
/// </summary>
public sealed class FactNameComparer : IEqualityComparer<string>
{
    public static FactNameComparer Instance { get; } = new();

    private FactNameComparer()
    {
    }

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    /// <summary>FNV-1a over the characters: a dozen or two per name, and every name in the vocabulary differs in it.</summary>
    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = 2166136261u;
        foreach (var c in obj)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
