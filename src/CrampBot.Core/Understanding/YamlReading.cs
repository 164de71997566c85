using CrampBot.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding;

/// <summary>Small helpers to read dialogs/understanding YAML with line numbers for every error.</summary>
internal sealed class YamlReading(string file)
{
    public string File { get; } = file;

    public List<ContentError> Errors { get; } = [];

    public YamlMappingNode? Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Error(1, "the file must be a mapping");
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            Error((int)ex.Start.Line, "not valid YAML: " + ex.Message);
            return null;
        }
    }

    public void Error(YamlNode node, string message) => Error((int)node.Start.Line, message);

    public void Error(int line, string message) => Errors.Add(new ContentError(File, line, message));

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public void OnlyKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
            {
                Error(key, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public int Int(YamlMappingNode map, string key, int fallback, int min, int max)
    {
        if (Get(map, key) is not { } node)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node, $"'{key}' must be a whole number from {min} to {max}");
        return fallback;
    }

    public string? Text(YamlMappingNode map, string key, bool required)
    {
        var node = Get(map, key);
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        if (node is not null || required)
        {
            Error(node ?? map, $"'{key}' must be a non-empty text");
        }

        return null;
    }

    /// <summary>A list of texts, each with its line.</summary>
    public List<(string Text, int Line)> List(YamlMappingNode map, string key)
    {
        var result = new List<(string, int)>();
        switch (Get(map, key))
        {
            case null:
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        result.Add((text, (int)item.Start.Line));
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be a non-empty text");
                    }
                }

                break;
            case var other:
                Error(other, $"'{key}' must be a list");
                break;
        }

        return result;
    }
}
