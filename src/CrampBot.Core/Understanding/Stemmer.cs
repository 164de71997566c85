namespace CrampBot.Core.Understanding;

/// <summary>
/// A deliberately light English stemmer: it drops a possessive and one common ending ("-ing", "-ed", "-es",
/// "-s", "-e") when at least three letters remain. Both the message and the vocabulary go through it, so
/// it only has to make inflections of one word meet, not produce real roots.
/// </summary>
public static class Stemmer
{
    private const int MinimumRoot = 3;
    private static readonly string[] Endings = ["ing", "ed", "es", "s", "e"];

    public static string Stem(string word)
    {
        var length = StemLength(word);
        return length == word.Length ? word : word[..length];
    }

    /// <summary>
    /// How many leading characters of <paramref name="word"/> its stem keeps: the stem only ever drops an ending,
    /// so a message's tokens keep their stems as a length into their text and never allocate one.
    /// </summary>
    public static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinimumRoot && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return word.Length;
    }
}
