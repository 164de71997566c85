using System.Reflection;
using CrampBot.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Where the files of dialogs/understanding/ are read from: a dialogs folder on disk, or the copy compiled into
/// CrampBot.Core (so <see cref="IntentClassifier.Default"/> works in every host, tool and test without a path).
/// </summary>
public sealed class UnderstandingSource
{
    /// <summary>The sub-folder of dialogs/ that holds the understanding files.</summary>
    public const string Folder = "understanding";

    private const string ResourcePrefix = "dialogs/understanding/";

    private readonly Func<string, string?> _read;

    private UnderstandingSource(string displayFolder, Func<string, string?> read)
    {
        DisplayFolder = displayFolder;
        _read = read;
    }

    /// <summary>How errors name the folder ("dialogs/understanding" or a full path).</summary>
    public string DisplayFolder { get; }

    /// <summary>The understanding files under <paramref name="dialogsFolder"/>/understanding.</summary>
    public static UnderstandingSource FromDialogsFolder(string dialogsFolder)
    {
        var folder = Path.Combine(dialogsFolder, Folder);
        return new UnderstandingSource(folder, name =>
        {
            var path = Path.Combine(folder, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });
    }

    /// <summary>The copy of dialogs/understanding/ compiled into this assembly.</summary>
    public static UnderstandingSource Embedded()
    {
        var assembly = typeof(UnderstandingSource).Assembly;
        return new UnderstandingSource("dialogs/understanding", name => ReadResource(assembly, ResourcePrefix + name));
    }

    /// <summary>The path an error message names for <paramref name="fileName"/>.</summary>
    public string PathOf(string fileName) => DisplayFolder + "/" + fileName;

    /// <summary>Reads and parses one YAML file; a missing file or a syntax error is a <see cref="ContentException"/> naming file and line.</summary>
    internal YamlMappingNode ReadMapping(string fileName)
    {
        var path = PathOf(fileName);
        var text = _read(fileName) ?? throw new ContentException([new ContentError(path, 0, "file not found")]);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ContentException([new ContentError(path, (int)ex.Start.Line, "YAML syntax: " + ex.Message)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentException([new ContentError(path, 1, "expected one YAML document holding a mapping")]);
        }

        return root;
    }

    private static string? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Small helpers for reading YAML nodes with line numbers into <see cref="ContentError"/>s.</summary>
internal static class YamlRead
{
    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A number under <paramref name="key"/>; a missing or non-numeric value adds an error and gives <paramref name="fallback"/>.</summary>
    public static double Number(YamlMappingNode map, string key, string path, List<ContentError> errors, double fallback = 0)
    {
        var node = Child(map, key);
        if (node is null)
        {
            errors.Add(new ContentError(path, Line(map), $"missing '{key}'"));
            return fallback;
        }

        if (Scalar(node) is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new ContentError(path, Line(node), $"'{key}' must be a number"));
        return fallback;
    }
}
