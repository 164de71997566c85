using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Core.Content;
using CrampBot.Core.Recognition;
using CrampBot.Core.Understanding;

namespace CrampBot.Cli;

/// <summary>
/// understand: JSON lines {"id", "text", "locale"} in, one JSON line per message out:
/// {"id", "intent", "confidence", "facts": [{"fact", "status", "time", "subject", "text"}], "quantities": [...]},
/// so clinicians, translators and tests can see what the bot understood. --dialogs PATH reads
/// dialogs/understanding from that folder instead of the data built into the app (to try an edit).
/// </summary>
internal static class UnderstandCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        Understander understander;
        try
        {
            var folder = JsonLines.ArgAfter(args, "--dialogs");
            understander = folder is null ? Understander.Default : Understander.Load(folder);
        }
        catch (ContentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        return await JsonLines.RunAsync("understand", input, output, request =>
        {
            var text = request["text"]?.GetValue<string>() ?? throw new JsonException("missing \"text\"");
            var locale = request["locale"]?.GetValue<string>();
            return Describe(request["id"]?.DeepClone(), understander.Understand(text, locale));
        });
    }

    /// <summary>The JSON shape of one understood message.</summary>
    public static JsonObject Describe(JsonNode? id, MessageUnderstanding understanding) => new()
    {
        ["id"] = id,
        ["intent"] = understanding.Intent,
        ["confidence"] = Math.Round(understanding.Confidence, 3),
        ["facts"] = new JsonArray(understanding.Facts.Select(f => (JsonNode)new JsonObject
        {
            ["fact"] = f.Fact,
            ["status"] = f.Status.ToString().ToLowerInvariant(),
            ["time"] = f.Time.ToString().ToLowerInvariant(),
            ["subject"] = f.Subject.ToString().ToLowerInvariant(),
            ["text"] = f.Text,
        }).ToArray()),
        ["quantities"] = new JsonArray(understanding.Quantities.Select(Quantity).ToArray()),
    };

    // The recognizer's own JSON for one item, as `recognize` writes it.
    private static JsonNode Quantity(Recognized item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            RecognizedJson.WriteItem(writer, item);
        }

        return JsonNode.Parse(buffer.ToArray())!;
    }
}
