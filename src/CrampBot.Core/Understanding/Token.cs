namespace CrampBot.Core.Understanding;

/// <summary>What kind of piece of text a token is.</summary>
public enum TokenKind
{
    /// <summary>A run of Latin letters (with apostrophes): "swollen", "don't".</summary>
    Word,

    /// <summary>A run of digits: "25".</summary>
    Number,

    /// <summary>One Chinese character: Chinese has no spaces, so each character is a token.</summary>
    Han,

    /// <summary>One punctuation mark: clause and sentence ends matter to scopes.</summary>
    Punctuation,
}

/// <summary>
/// One token of a message. <see cref="Text"/> is lower-cased and normalised (straight apostrophes, simplified
/// characters); <see cref="Stem"/> drops a light English inflection so "swells", "swelling" and "swell" meet.
/// <see cref="Start"/> and <see cref="Length"/> point into the original message.
/// </summary>
public sealed record Token(string Text, string Stem, TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
