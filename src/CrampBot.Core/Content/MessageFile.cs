using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Content;

/// <summary>One message text, where it was written, and the placeholders it uses.</summary>
public sealed record MessageEntry(string Key, string Text, int Line, IReadOnlySet<string> Placeholders);

/// <summary>
/// Reads one messages.&lt;locale&gt;.yaml. Nested mappings are flattened into dotted keys
/// (cause: deep_vein_thrombosis: name: … becomes cause.deep_vein_thrombosis.name), which keeps the file
/// readable for a translator while the code uses one flat key.
/// </summary>
public static partial class MessageFile
{
    public static IReadOnlyDictionary<string, MessageEntry> Parse(string yaml, string fileName, List<ContentError> errors)
    {
        var entries = new Dictionary<string, MessageEntry>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(fileName, (int)ex.Start.Line, "YAML syntax: " + ex.Message));
            return entries;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(fileName, 1, "expected one mapping of message keys"));
            return entries;
        }

        Flatten(root, "", fileName, entries, errors);
        return entries;
    }

    /// <summary>The {name} placeholders in a text.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z_][a-z0-9_]*)\}")]
    internal static partial Regex PlaceholderPattern();

    private static void Flatten(YamlMappingNode map, string prefix, string fileName, Dictionary<string, MessageEntry> entries, List<ContentError> errors)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            var line = (int)keyNode.Start.Line;
            switch (value)
            {
                case YamlMappingNode child:
                    Flatten(child, key + ".", fileName, entries, errors);
                    break;
                case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                    if (entries.TryGetValue(key, out var first))
                    {
                        errors.Add(new ContentError(fileName, line, $"duplicate key '{key}' (first at line {first.Line})"));
                        break;
                    }

                    var trimmed = text.Trim();
                    entries[key] = new MessageEntry(key, trimmed, line, PlaceholdersOf(trimmed));
                    break;
                default:
                    errors.Add(new ContentError(fileName, line, $"'{key}' must be a non-empty text or a mapping"));
                    break;
            }
        }
    }
}
