using CrampBot.Core.Triage;
using CrampBot.Core.Understanding.Phrases;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Vocabulary;

/// <summary>
/// Reads dialogs/understanding/facts.LANG.yaml. Every problem (unknown fact, a phrase that does not parse, an
/// unknown key) becomes an error naming the file and line; the caller refuses to start on any.
/// </summary>
internal static class FactVocabularyLoader
{
    private const int DefaultGap = 4;
    private const int DefaultWindow = 6;

    public static FactVocabulary Parse(string yaml, string file, YamlReading reading)
    {
        var root = reading.Root(yaml);
        if (root is null)
        {
            return Empty(file);
        }

        reading.OnlyKeys(root, "language", "gap", "window", "barriers", "variants", "facts");
        reading.Text(root, "language", required: true);
        var gap = reading.Int(root, "gap", DefaultGap, 0, 20);
        var window = reading.Int(root, "window", DefaultWindow, 0, 40);
        var variants = Variants(reading, root);
        var barriers = reading.List(root, "barriers")
            .SelectMany(b => Tokenizer.Tokenize(b.Text, variants).Select(t => t.Text))
            .ToHashSet(StringComparer.Ordinal);
        barriers.Add("\n");

        var entries = new List<FactEntry>();
        if (YamlReading.Get(root, "facts") is YamlSequenceNode facts)
        {
            foreach (var node in facts.Children)
            {
                if (node is YamlMappingNode item)
                {
                    entries.AddRange(Entry(reading, item, variants, gap));
                }
                else
                {
                    reading.Error(node, "each item of 'facts' must be a mapping with 'fact' and 'says'");
                }
            }
        }
        else
        {
            reading.Error(root, "'facts' must be a list");
        }

        return new FactVocabulary(file, new PhraseMatcher(gap, window), barriers, variants, entries);
    }

    public static FactVocabulary Empty(string file) =>
        new(file, new PhraseMatcher(DefaultGap, DefaultWindow), new HashSet<string>(), new Dictionary<char, char>(), []);

    private static Dictionary<char, char> Variants(YamlReading reading, YamlMappingNode root)
    {
        var map = new Dictionary<char, char>();
        foreach (var (text, line) in reading.List(root, "variants"))
        {
            // "腫肿": the first character is read as the second.
            if (text.Length != 2)
            {
                reading.Error(line, $"a variant is two characters, the one people may type then ours: '{text}'");
                continue;
            }

            map[text[0]] = text[1];
        }

        return map;
    }

    private static IEnumerable<FactEntry> Entry(YamlReading reading, YamlMappingNode item, IReadOnlyDictionary<char, char> variants, int gap)
    {
        reading.OnlyKeys(item, "fact", "group", "says", "denied_only", "normal", "also_denies", "not_inside", "window", "note");
        var fact = reading.Text(item, "fact", required: true);
        if (fact is null)
        {
            yield break;
        }

        if (Facts.Find(fact) is not { Kind: FactKind.Flag })
        {
            reading.Error(item, $"unknown yes/no fact '{fact}' (see src/CrampBot.Core/Triage/Facts.cs)");
            yield break;
        }

        var group = reading.Text(item, "group", required: false) ?? fact;
        var alsoDenies = reading.List(item, "also_denies").Select(a => a.Text).ToList();
        foreach (var (denied, line) in reading.List(item, "also_denies"))
        {
            if (Facts.Find(denied) is null)
            {
                reading.Error(line, $"unknown fact '{denied}' in also_denies");
            }
        }

        // A wider window for one fact whose parts are naturally far apart ("after walking … it goes if I stop").
        var matcher = YamlReading.Get(item, "window") is null ? null : new PhraseMatcher(gap, reading.Int(item, "window", DefaultWindow, 0, 40));
        var notInside = Phrases(reading, item, "not_inside", typos: false, variants);
        var says = Phrases(reading, item, "says", typos: true, variants);
        var normal = Phrases(reading, item, "normal", typos: true, variants);
        var deniedOnly = Phrases(reading, item, "denied_only", typos: true, variants);
        if (says.Count + normal.Count + deniedOnly.Count == 0)
        {
            reading.Error(item, $"'{fact}' has no phrase (says, denied_only or normal)");
        }

        if (says.Count > 0)
        {
            yield return new FactEntry(fact, group, EntryKind.Says, alsoDenies, says, notInside, matcher);
        }

        if (deniedOnly.Count > 0)
        {
            yield return new FactEntry(fact, group, EntryKind.DeniedOnly, alsoDenies, deniedOnly, notInside, matcher);
        }

        if (normal.Count > 0)
        {
            // Own group: "urine is clear" never hides a stated symptom elsewhere in the message.
            yield return new FactEntry(fact, fact + ":normal", EntryKind.Normal, alsoDenies, normal, notInside, matcher);
        }
    }

    public static List<CompiledPhrase> Phrases(YamlReading reading, YamlMappingNode item, string key, bool typos, IReadOnlyDictionary<char, char> variants)
    {
        var result = new List<CompiledPhrase>();
        foreach (var (text, line) in reading.List(item, key))
        {
            try
            {
                result.Add(new CompiledPhrase(PhraseParser.Parse(text, line, typos, variants)));
            }
            catch (FormatException ex)
            {
                reading.Error(line, $"phrase '{text}': {ex.Message}");
            }
        }

        return result;
    }
}
