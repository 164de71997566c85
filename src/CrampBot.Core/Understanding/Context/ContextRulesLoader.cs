using CrampBot.Core.Understanding.Phrases;
using CrampBot.Core.Understanding.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Context;

/// <summary>Reads dialogs/understanding/context.LANG.yaml; errors name the file and line.</summary>
internal static class ContextRulesLoader
{
    private static readonly Dictionary<string, ContextCategory> Categories = new(StringComparer.Ordinal)
    {
        ["negated"] = ContextCategory.Negated,
        ["uncertain"] = ContextCategory.Uncertain,
        ["historical"] = ContextCategory.Historical,
        ["hypothetical"] = ContextCategory.Hypothetical,
        ["experiencer"] = ContextCategory.Experiencer,
    };

    public static ContextRules Parse(string yaml, string file, YamlReading reading, IReadOnlyDictionary<char, char> variants)
    {
        var root = reading.Root(yaml);
        var none = new Dictionary<ContextCategory, IReadOnlyList<CompiledPhrase>>();
        if (root is null)
        {
            return new ContextRules(file, new PhraseMatcher(0, 0), new HashSet<string>(), [], [], [], none, [], []);
        }

        reading.OnlyKeys(root, ["language", "gap", "sentence_ends", "terminators", "pseudo", "question_ends", "self", .. Categories.Keys]);
        reading.Text(root, "language", required: true);
        var gap = reading.Int(root, "gap", 3, 0, 20);
        var sentenceEnds = reading.List(root, "sentence_ends")
            .SelectMany(b => Tokenizer.Tokenize(b.Text, variants).Select(t => t.Text))
            .ToHashSet(StringComparer.Ordinal);
        sentenceEnds.Add("\n");

        var triggers = new List<ContextTrigger>();
        var categoryTerminators = new Dictionary<ContextCategory, IReadOnlyList<CompiledPhrase>>();
        foreach (var (name, category) in Categories)
        {
            if (YamlReading.Get(root, name) is not { } node)
            {
                reading.Error(root, $"'{name}' is missing");
                continue;
            }

            if (node is not YamlMappingNode map)
            {
                reading.Error(node, $"'{name}' must be a mapping with max_scope, forward, backward, terminators");
                continue;
            }

            reading.OnlyKeys(map, "max_scope", "forward", "backward", "terminators", "note");
            var scope = reading.Int(map, "max_scope", 8, 1, 60);
            triggers.AddRange(Phrases(reading, map, "forward", variants).Select(p => new ContextTrigger(category, ContextDirection.Forward, p, scope)));
            triggers.AddRange(Phrases(reading, map, "backward", variants).Select(p => new ContextTrigger(category, ContextDirection.Backward, p, scope)));
            categoryTerminators[category] = Phrases(reading, map, "terminators", variants);
        }

        return new ContextRules(
            file,
            new PhraseMatcher(gap, gap),
            sentenceEnds,
            triggers,
            Phrases(reading, root, "pseudo", variants),
            Phrases(reading, root, "terminators", variants),
            categoryTerminators,
            Phrases(reading, root, "question_ends", variants),
            Phrases(reading, root, "self", variants));
    }

    // Triggers are matched exactly: a typo that turns a word into "not" must not deny a red flag.
    private static List<CompiledPhrase> Phrases(YamlReading reading, YamlMappingNode map, string key, IReadOnlyDictionary<char, char> variants) =>
        FactVocabularyLoader.Phrases(reading, map, key, typos: false, variants);
}
