using CrampBot.Core.Understanding;
using CrampBot.Core.Understanding.Phrases;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>
/// The lexicon's indexes only narrow the search: for every token they must give exactly the phrase words that
/// <see cref="WordMatcher"/> says it matches, tried one by one. Checked on every word of the vocabularies and
/// on misspellings, inflections and beginnings made from them.
/// </summary>
public sealed class LexiconTests
{
    [Fact]
    public void Finds_exactly_the_words_each_token_matches()
    {
        var data = UnderstandingData.LoadEmbedded();
        var lexicon = data.Lexicon;
        var tokens = new TokenBuffer();
        var hits = new LiteralHits();
        var checkedTokens = 0;
        foreach (var typed in TypedForms(lexicon))
        {
            Tokenizer.Tokenize(typed, data.Variants, tokens);
            lexicon.Match(tokens, hits);
            var records = Tokenizer.Tokenize(typed, data.Variants);
            for (var t = 0; t < records.Count; t++)
            {
                var expected = Enumerable.Range(0, lexicon.Count).Where(id => WordMatcher.Matches(lexicon[id], records[t])).ToList();
                var found = hits.Ids(t).ToArray().Order().ToList();
                Assert.True(expected.SequenceEqual(found), $"'{records[t].Text}' in '{typed}': expected [{string.Join(", ", expected.Select(id => lexicon[id].Text))}], found [{string.Join(", ", found.Select(id => lexicon[id].Text))}]");
                checkedTokens++;
            }
        }

        Assert.True(checkedTokens > 5000, $"only {checkedTokens} tokens checked");
    }

    // Each word as written, with a letter dropped, doubled, swapped or changed, with endings, cut short, in capitals.
    private static IEnumerable<string> TypedForms(Lexicon lexicon)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < lexicon.Count; id++)
        {
            var word = lexicon[id].Text;
            var forms = new List<string> { word, word + "s", word + "ing", word + "ed", word + "'s", word.ToUpperInvariant() };
            if (word.Length > 2)
            {
                var middle = word.Length / 2;
                forms.Add(word.Remove(middle, 1));
                forms.Add(word.Insert(middle, word[middle].ToString()));
                forms.Add(word[..(middle - 1)] + word[middle] + word[middle - 1] + word[(middle + 1)..]);
                forms.Add(word[..middle] + 'x' + word[(middle + 1)..]);
                forms.Add(word[..^1]);
                forms.Add(word.Remove(1, 1) + "y");
            }

            foreach (var form in forms)
            {
                if (seen.Add(form))
                {
                    yield return form;
                }
            }
        }
    }
}
