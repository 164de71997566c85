namespace CrampBot.Core.Understanding.Phrases;

/// <summary>One piece of a vocabulary phrase (see <see cref="PhraseParser"/> for the syntax).</summary>
internal abstract record PhraseElement;

/// <summary>
/// A word or one Chinese character. <paramref name="Prefix"/>: written with a trailing "*", it matches any
/// word that starts with it ("bruis*"). <paramref name="Typos"/>: the word may be matched with a small edit
/// distance (long English words only, see <see cref="WordMatcher"/>). <paramref name="Exact"/>: written with a
/// leading "=", only this very form ("=legs" is not "leg").
/// </summary>
internal sealed record LiteralElement(string Text, string Stem, TokenKind Kind, bool Prefix, bool Typos, bool Exact = false) : PhraseElement;

/// <summary>Alternatives, each a sequence: "(pee|wee|urine)" or "(hard to breathe|short of breath)".</summary>
internal sealed record ChoiceElement(IReadOnlyList<IReadOnlyList<PhraseElement>> Alternatives, bool Optional) : PhraseElement;

/// <summary>"..." : up to the vocabulary's gap of other tokens, never across a barrier (a full stop, "but").</summary>
internal sealed record GapElement : PhraseElement;
