using CrampBot.Core.Content;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>One labelled example message from dialogs/understanding/intents.&lt;locale&gt;.yaml.</summary>
/// <param name="Text">The message as written in the file.</param>
/// <param name="Label">One of <see cref="IntentLabels.All"/>.</param>
/// <param name="Locale">"en" or "zh-Hans": the file it came from.</param>
/// <param name="Line">Its line in that file, for error messages and reviews.</param>
public sealed record IntentExample(string Text, string Label, string Locale, int Line);

/// <summary>
/// Reads the labelled examples of every locale and refuses a broken file: an unknown label, a label with no
/// examples, an empty or non-text example, or the same message twice (in one label or under two labels, after
/// normalisation) each become a <see cref="ContentError"/> naming the file and line. A label missing from a file
/// is an error too: every intent must be understood in every language.
/// </summary>
public static class IntentExamples
{
    /// <summary>The file of one locale's examples.</summary>
    public static string FileName(string locale) => $"intents.{locale}.yaml";

    /// <summary>Every example of every locale in <see cref="Locales.All"/>.</summary>
    /// <exception cref="ContentException">A file is missing or wrong; the message names file and line.</exception>
    public static IReadOnlyList<IntentExample> Load(UnderstandingSource source)
    {
        var errors = new List<ContentError>();
        var examples = new List<IntentExample>();
        foreach (var locale in Locales.All)
        {
            try
            {
                examples.AddRange(Read(source.ReadMapping(FileName(locale)), locale, source.PathOf(FileName(locale)), errors));
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return examples;
    }

    private static List<IntentExample> Read(YamlMappingNode root, string locale, string path, List<ContentError> errors)
    {
        var examples = new List<IntentExample>();
        var firstSeen = new Dictionary<string, (string Label, int Line)>(StringComparer.Ordinal);
        var labelsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var label = YamlRead.Scalar(keyNode) ?? string.Empty;
            if (!IntentLabels.IsKnown(label))
            {
                errors.Add(new ContentError(path, YamlRead.Line(keyNode), $"unknown intent label '{label}' (known: {string.Join(", ", IntentLabels.All)})"));
                continue;
            }

            labelsSeen.Add(label);
            if (valueNode is not YamlSequenceNode list || list.Children.Count == 0)
            {
                errors.Add(new ContentError(path, YamlRead.Line(valueNode), $"'{label}' needs a list of example messages"));
                continue;
            }

            foreach (var item in list.Children)
            {
                var line = YamlRead.Line(item);
                var text = YamlRead.Scalar(item);
                var normalized = IntentText.Normalize(text);
                if (text is null || normalized.Length == 0)
                {
                    errors.Add(new ContentError(path, line, $"empty or non-text example under '{label}'"));
                    continue;
                }

                if (firstSeen.TryGetValue(normalized, out var first))
                {
                    var where = first.Label == label ? "again" : $"under '{first.Label}' too";
                    errors.Add(new ContentError(path, line, $"duplicate example '{text}': already on line {first.Line}, {where}"));
                    continue;
                }

                firstSeen[normalized] = (label, line);
                examples.Add(new IntentExample(text, label, locale, line));
            }
        }

        foreach (var missing in IntentLabels.All.Where(l => !labelsSeen.Contains(l)))
        {
            errors.Add(new ContentError(path, 1, $"no examples for intent '{missing}'"));
        }

        return examples;
    }
}
