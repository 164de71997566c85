using System.Reflection;
using CrampBot.Core.Content;
using CrampBot.Core.Understanding.Context;
using CrampBot.Core.Understanding.Phrases;
using CrampBot.Core.Understanding.Vocabulary;

namespace CrampBot.Core.Understanding;

/// <summary>
/// The understanding data of dialogs/understanding: per language a fact vocabulary (facts.LANG.yaml) and ConText
/// rules (context.LANG.yaml). The build embeds the files in CrampBot.Core, so every host reads the same data;
/// <see cref="Load(string)"/> reads a folder instead (start-up validation, a translator trying a change).
/// Loading also numbers every phrase word in one <see cref="Phrases.Lexicon"/> and indexes each vocabulary and
/// rule set by it, so a message is matched against the words it has, not against every phrase.
/// </summary>
internal sealed record UnderstandingData(
    IReadOnlyList<FactVocabulary> Vocabularies,
    IReadOnlyList<ContextRules> Context,
    IReadOnlyDictionary<char, char> Variants)
{
    public Lexicon Lexicon { get; } = new();

    public IReadOnlyList<VocabularyIndex> VocabularyIndexes { get; private init; } = [];

    public IReadOnlyList<ContextIndex> ContextIndexes { get; private init; } = [];

    public const string Folder = "understanding";
    public static readonly string[] Languages = ["en", "zh-Hans"];

    /// <summary>The files built into the assembly.</summary>
    public static UnderstandingData LoadEmbedded()
    {
        var assembly = typeof(UnderstandingData).Assembly;
        return Load(name =>
        {
            using var stream = assembly.GetManifestResourceStream($"dialogs/{Folder}/{name}")
                ?? throw new ContentException([new ContentError($"dialogs/{Folder}/{name}", 0, "not embedded in CrampBot.Core")]);
            using var reader = new StreamReader(stream);
            return ($"dialogs/{Folder}/{name}", reader.ReadToEnd());
        });
    }

    /// <summary>The files of a dialogs/ folder.</summary>
    public static UnderstandingData Load(string dialogsFolder) => Load(name =>
    {
        var path = Path.Combine(dialogsFolder, Folder, name);
        return File.Exists(path)
            ? (path, File.ReadAllText(path))
            : throw new ContentException([new ContentError(path, 0, "file not found")]);
    });

    private static UnderstandingData Indexed(UnderstandingData data) => data with
    {
        VocabularyIndexes = data.Vocabularies.Select(v => new VocabularyIndex(v, data.Lexicon)).ToList(),
        ContextIndexes = data.Context.Select(c => new ContextIndex(c, data.Lexicon)).ToList(),
    };

    private static UnderstandingData Load(Func<string, (string File, string Text)> read)
    {
        var errors = new List<ContentError>();
        var vocabularies = new List<FactVocabulary>();
        var context = new List<ContextRules>();
        var variants = new Dictionary<char, char>();
        foreach (var language in Languages)
        {
            var (factsFile, factsText) = read($"facts.{language}.yaml");
            var reading = new YamlReading(factsFile);
            var vocabulary = FactVocabularyLoader.Parse(factsText, factsFile, reading);
            errors.AddRange(reading.Errors);
            vocabularies.Add(vocabulary);
            foreach (var (from, to) in vocabulary.Variants)
            {
                variants[from] = to;
            }
        }

        foreach (var language in Languages)
        {
            var (contextFile, contextText) = read($"context.{language}.yaml");
            var reading = new YamlReading(contextFile);
            context.Add(ContextRulesLoader.Parse(contextText, contextFile, reading, variants));
            errors.AddRange(reading.Errors);
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return Indexed(new UnderstandingData(vocabularies, context, variants));
    }
}
