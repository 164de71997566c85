using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Core.Content;
using CrampBot.Core.Triage.Extraction;
using CrampBot.Core.Triage;
using CrampBot.Core.Understanding;

namespace CrampBot.Cli;

/// <summary>
/// triage: JSON lines {"id", "text", "locale"} in, one JSON line {"id", "level", "causes", "rules", "missing"}
/// out, so a clinician can check the rules from a terminal. The level is what the text states; nothing is
/// asked. --explain adds the facts read from the text, the advice keys and the advice as the bot would say it. --dialogs PATH picks the content.
/// </summary>
internal static class TriageCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var explain = args.Contains("--explain");
        var dialogs = JsonLines.ArgAfter(args, "--dialogs") ?? FindDialogs();
        if (dialogs is null)
        {
            await Console.Error.WriteLineAsync("triage: dialogs/ not found; run inside the checkout or pass --dialogs PATH");
            return 2;
        }

        DialogsContent content;
        try
        {
            content = DialogsContent.Load(dialogs);
        }
        catch (ContentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        return await JsonLines.RunAsync("triage", input, output, request => Assess(content, request, explain));
    }

    private static JsonObject Assess(DialogsContent content, JsonObject request, bool explain)
    {
        var text = request["text"]?.GetValue<string>() ?? throw new JsonException("missing \"text\"");
        var locale = request["locale"]?.GetValue<string>();
        // The same understanding step as the bot and `understand`.
        var extraction = FactExtractor.FromUnderstanding(text, Understander.Default.Understand(text, locale));
        var advice = content.Rules.Assess(extraction.Report);

        var result = new JsonObject
        {
            ["id"] = request["id"]?.DeepClone(),
            ["level"] = advice.Level.ToName(),
            ["causes"] = Array(advice.Causes.Select(c => c.Cause)),
            ["rules"] = Array(advice.FiredRules.Select(r => r.Id)),
            ["missing"] = Array(advice.Missing.Select(m => m.Fact)),
        };
        if (explain)
        {
            result["notRuledOut"] = Array(advice.NotRuledOut.Select(n => n.Rule.Id));
            result["facts"] = extraction.Report.ToString();
            result["advice"] = Array(advice.AdviceKeys);
            result["say"] = Array(AdviceText.Render(advice, content.Messages, locale));
        }

        return result;
    }

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    // The checkout's dialogs/ (beside CrampBot.sln) from the current directory or the binary, else a copy next to the binary.
    private static string? FindDialogs()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CrampBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "dialogs")))
                {
                    return Path.Combine(dir.FullName, "dialogs");
                }
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "dialogs");
        return Directory.Exists(beside) ? beside : null;
    }
}
