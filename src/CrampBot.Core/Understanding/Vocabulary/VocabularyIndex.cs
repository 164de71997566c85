using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Vocabulary;

/// <summary>
/// One vocabulary's phrases behind one <see cref="PhraseIndex"/>: every phrase of every entry in file order (so
/// the earlier entry of a group still claims its words first), and apart from them the not_inside phrases, which a
/// message is searched for only when an entry that has some matched.
/// </summary>
internal sealed class VocabularyIndex
{
    private readonly PhraseIndex _phrases;
    private readonly FactEntry[] _entryOfPhrase;
    private readonly PhraseIndex _notInside;
    private readonly FactEntry[] _entryOfNotInside;

    public VocabularyIndex(FactVocabulary vocabulary, Lexicon lexicon)
    {
        var barrierBit = lexicon.RegisterBarriers(vocabulary.Barriers);
        var phrases = new List<(CompiledPhrase, PhraseMatcher)>();
        var entryOfPhrase = new List<FactEntry>();
        var notInside = new List<(CompiledPhrase, PhraseMatcher)>();
        var entryOfNotInside = new List<FactEntry>();
        foreach (var entry in vocabulary.Entries)
        {
            foreach (var phrase in entry.Phrases)
            {
                phrases.Add((phrase, entry.Matcher ?? vocabulary.Matcher));
                entryOfPhrase.Add(entry);
            }

            foreach (var phrase in entry.NotInside)
            {
                notInside.Add((phrase, vocabulary.Matcher));
                entryOfNotInside.Add(entry);
            }
        }

        _phrases = new PhraseIndex(phrases, lexicon, barrierBit);
        _entryOfPhrase = [.. entryOfPhrase];
        _notInside = new PhraseIndex(notInside, lexicon, barrierBit);
        _entryOfNotInside = [.. entryOfNotInside];
    }

    /// <summary>Adds every match of an entry's phrase that lies inside none of the entry's not_inside phrases, in file order.</summary>
    public void Find(MessageScratch scratch, List<(FactEntry Entry, PhraseMatch Match)> into)
    {
        var hits = scratch.Hits;
        _phrases.FindAll(scratch.Literals, scratch.Search, hits);
        var outer = scratch.OuterHits;
        outer.Clear();
        for (var h = 0; h < hits.Count; h++)
        {
            if (_entryOfPhrase[hits.Phrase(h)].NotInside.Count > 0)
            {
                _notInside.FindAll(scratch.Literals, scratch.Search, outer);
                break;
            }
        }

        for (var h = 0; h < hits.Count; h++)
        {
            var entry = _entryOfPhrase[hits.Phrase(h)];
            var match = hits.Match(h);
            if (!Inside(entry, match, outer))
            {
                into.Add((entry, match));
            }
        }
    }

    private bool Inside(FactEntry entry, PhraseMatch match, PhraseHits outer)
    {
        for (var o = 0; o < outer.Count; o++)
        {
            var around = outer.Match(o);
            if (ReferenceEquals(_entryOfNotInside[outer.Phrase(o)], entry) && around.Start < match.End && match.Start < around.End)
            {
                return true;
            }
        }

        return false;
    }
}
