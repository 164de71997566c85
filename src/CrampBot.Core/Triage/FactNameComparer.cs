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

    /// <summary>
    /// The length and four characters (first, a quarter in, middle, last): every name in the vocabulary differs in
    /// them, and reading four characters costs the same for every name, where hashing all of them cost the most
    /// of any single function under load. Two names with equal hashes would still be told apart by
    /// <see cref="Equals(string?, string?)"/>; a test checks that the vocabulary has none.
    /// </summary>
    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var length = obj.Length;
        if (length == 0)
        {
            return 0;
        }

        return (int)(((uint)length * 16777619u) ^ (obj[0] * 31u) ^ (obj[length / 2] * 961u) ^ (obj[length - 1] * 29791u) ^ (obj[length / 4] * 923521u));
    }
}
