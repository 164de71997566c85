using System.Text.Encodings.Web;
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
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        Understander understander;
        try
        {
            var folder = ArgAfter(args, "--dialogs");
            understander = folder is null ? Understander.Default : Understander.Load(folder);
        }
        catch (ContentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var status = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject result;
            try
            {
                var request = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("not an object");
                var text = request["text"]?.GetValue<string>() ?? throw new JsonException("missing \"text\"");
                var locale = request["locale"]?.GetValue<string>();
                result = Describe(request["id"]?.DeepClone(), understander.Understand(text, locale));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                await Console.Error.WriteLineAsync($"understand: line {lineNumber}: {ex.Message}");
                result = new JsonObject { ["line"] = lineNumber, ["error"] = ex.Message };
                status = 1;
            }

            await output.WriteLineAsync(result.ToJsonString(Json));
        }

        return status;
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

    private static string? ArgAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
