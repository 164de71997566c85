using System.Text.Encodings.Web;
using System.Text.Json;
using CrampBot.Core.Recognition;

namespace CrampBot.Cli;

/// <summary>
/// recognize: JSON lines {"id","lang","input"} on stdin, one line {"id","items":[…]} per input on stdout,
/// with values in the recognizer case files' format so any case file can be scored from the shell.
/// A line that is not valid JSON gets {"id":null,"error":…} and the run goes on.
/// </summary>
internal static class RecognizeCommand
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        if (args.Length > 0)
        {
            await Console.Error.WriteLineAsync("usage: recognize < lines.jsonl   (each line {\"id\",\"lang\":\"en\"|\"zh\",\"input\"})");
            return 2;
        }

        using var buffer = new MemoryStream();
        string? line;
        while ((line = await input.ReadLineAsync()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                WriteResult(writer, line);
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        await output.FlushAsync();
        return 0;
    }

    private static void WriteResult(Utf8JsonWriter writer, string line)
    {
        writer.WriteStartObject();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            writer.WriteNull("id");
            writer.WriteString("error", "invalid JSON: " + e.Message);
            writer.WriteEndObject();
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            writer.WritePropertyName("id");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id))
            {
                id.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("input", out var inputElement) || inputElement.ValueKind != JsonValueKind.String)
            {
                writer.WriteString("error", "expected an object with a string \"input\"");
                writer.WriteEndObject();
                return;
            }

            var culture = root.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String
                ? CultureFor(lang.GetString())
                : null;

            writer.WriteStartArray("items");
            foreach (var item in QuantityRecognizer.Recognize(inputElement.GetString() ?? "", culture))
            {
                RecognizedJson.WriteItem(writer, item);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string? CultureFor(string? lang) => lang switch
    {
        "zh" => "zh-CN",
        "en" => "en-US",
        _ => lang,
    };
}
