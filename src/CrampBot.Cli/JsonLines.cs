using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.Cli;

/// <summary>
/// The JSON-lines loop the terminal tools share: one JSON object per input line, one JSON line out for each. A
/// line that cannot be read gets {"line", "error"} on stdout and a message on stderr, and the exit status becomes
/// 1, so one bad line in a case file does not hide the answers to the others.
/// </summary>
internal static class JsonLines
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string command, TextReader input, TextWriter output, Func<JsonObject, JsonObject> answer)
    {
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
                result = answer(JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("not an object"));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                await Console.Error.WriteLineAsync($"{command}: line {lineNumber}: {ex.Message}");
                result = new JsonObject { ["line"] = lineNumber, ["error"] = ex.Message };
                status = 1;
            }

            await output.WriteLineAsync(result.ToJsonString(Json));
        }

        return status;
    }

    /// <summary>The value after <paramref name="name"/> on the command line, if any.</summary>
    public static string? ArgAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
