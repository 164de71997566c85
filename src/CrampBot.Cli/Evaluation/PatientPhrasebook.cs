using CrampBot.Core.Triage;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// The simulated patient's data, beside this tool: patient-facts.yaml (hidden key to the bot's fact names) and
/// patient.&lt;lang&gt;.yaml (the plain words per language). A data error stops the run naming the file.
/// </summary>
public sealed class PatientPhrasebook
{
    /// <summary>Hidden keys answered with the patient's own words rather than yes / no / not sure.</summary>
    public static readonly IReadOnlySet<string> WordKeys = new HashSet<string>(StringComparer.Ordinal) { "frequency", "duration", "location" };

    private readonly Dictionary<string, PatientWords> _words;

    private PatientPhrasebook(IReadOnlyDictionary<string, IReadOnlyList<string>> factsByKey, Dictionary<string, PatientWords> words)
    {
        FactsByKey = factsByKey;
        _words = words;
    }

    /// <summary>Where the tool's data lives unless told otherwise: beside the binaries.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Evaluation");

    /// <summary>Hidden key to the Core fact names it answers.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FactsByKey { get; }

    public PatientWords For(string lang) =>
        _words.TryGetValue(lang, out var words) ? words : throw new InvalidDataException($"No patient words for language '{lang}' (patient.{lang}.yaml).");

    public static PatientPhrasebook Load(string folder)
    {
        var factsPath = Path.Combine(folder, "patient-facts.yaml");
        var factsByKey = Read<Dictionary<string, List<string>>>(factsPath);
        foreach (var (key, facts) in factsByKey)
        {
            if (facts.FirstOrDefault(f => Facts.Find(f) is null) is { } unknown)
            {
                throw new InvalidDataException($"{factsPath}: '{key}' names an unknown fact '{unknown}' (see src/CrampBot.Core/Triage/Facts.cs).");
            }
        }

        var words = new Dictionary<string, PatientWords>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "patient.*.yaml"))
        {
            var lang = Path.GetFileNameWithoutExtension(path)["patient.".Length..];
            var loaded = Read<PatientWords>(path);
            loaded.Check(path, factsByKey.Keys.Where(k => !WordKeys.Contains(k)));
            words[lang] = loaded;
        }

        return new PatientPhrasebook(factsByKey.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal), words);
    }

    private static T Read<T>(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path}: empty.");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}

/// <summary>One language's plain words: the general answers and, per hidden key, how the patient says it.</summary>
public sealed class PatientWords
{
    public Answers Answers { get; set; } = new();

    public Dictionary<string, SignWords> Signs { get; set; } = [];

    internal void Check(string path, IEnumerable<string> signKeys)
    {
        List<string>[] lists = [Answers.Yes, Answers.No, Answers.NotSure, Answers.NoneOfThese, Answers.Eased, Answers.StillHurts, Answers.Accept, Answers.Decline];
        if (lists.Any(l => l.Count == 0) || !Answers.UnsureAbout.Contains("{sign}", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: every list under 'answers' needs at least one phrasing, and unsure_about needs {{sign}}.");
        }

        if (signKeys.FirstOrDefault(k => !Signs.TryGetValue(k, out var s) || string.IsNullOrWhiteSpace(s.Yes) || string.IsNullOrWhiteSpace(s.Sign)) is { } missing)
        {
            throw new InvalidDataException($"{path}: signs.{missing} needs 'yes' and 'sign'.");
        }
    }
}

public sealed class Answers
{
    public List<string> Yes { get; set; } = [];

    public List<string> No { get; set; } = [];

    public List<string> NotSure { get; set; } = [];

    public List<string> NoneOfThese { get; set; } = [];

    public List<string> Eased { get; set; } = [];

    public List<string> StillHurts { get; set; } = [];

    public List<string> Accept { get; set; } = [];

    public List<string> Decline { get; set; } = [];

    public string And { get; set; } = " and ";

    public string UnsureAbout { get; set; } = string.Empty;
}

public sealed class SignWords
{
    public string Yes { get; set; } = string.Empty;

    public string Sign { get; set; } = string.Empty;
}
