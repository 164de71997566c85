using CrampBot.BotFramework.Schema;
using CrampBot.Cli.Evaluation;

namespace CrampBot.Cli;

/// <summary>
/// <c>chat [--locale zh-CN] [--sqlite path] [--user id]</c>: talk to the same bot in this terminal, in process (same
/// dialogs, rules and content as the web host). Quick replies are printed as numbered choices; type the number to
/// pick one. Memory state by default, or a SQLite file so a conversation survives a restart. Ctrl+D or /quit ends.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var locale = Option(args, "--locale") ?? "en-US";
        var sqlite = Option(args, "--sqlite");
        var user = Option(args, "--user") ?? "cli-user";

        await using var bot = InProcessBot.Create(sqlite);
        var turn = bot.Open($"cli-{user}", user, locale);

        output.WriteLine(locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? "（CrampBot 终端聊天：输入消息，或输入选项编号；/quit 退出）"
            : "(CrampBot terminal chat: type a message, or the number of a choice; /quit to leave)");
        var choices = Print(await turn(new Activity { Type = ActivityTypes.ConversationUpdate }, CancellationToken.None), output);

        while (true)
        {
            output.Write("> ");
            output.Flush();
            var line = await input.ReadLineAsync();
            if (line is null || line.Trim() == "/quit")
            {
                return 0;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            // A number picks the quick reply printed under the last message.
            var picked = int.TryParse(line.Trim(), out var n) && n >= 1 && n <= choices.Count;
            var text = picked ? choices[n - 1] : line.Trim();
            if (picked)
            {
                output.WriteLine($"  ({text})");
            }

            choices = Print(await turn(new Activity { Type = ActivityTypes.Message, Text = text }, CancellationToken.None), output);
        }
    }

    /// <summary>Prints the replies (a card's plain-text fallback, which travels in the text) and returns the last quick replies.</summary>
    private static List<string> Print(IReadOnlyList<Activity> replies, TextWriter output)
    {
        var choices = new List<string>();
        foreach (var reply in replies.Where(r => r.IsType(ActivityTypes.Message)))
        {
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                foreach (var line in reply.Text.Split('\n'))
                {
                    output.WriteLine("bot: " + line);
                }
            }

            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                choices = [.. actions.Select(a => a.Value?.ToString() ?? a.Title ?? string.Empty)];
                for (var i = 0; i < actions.Count; i++)
                {
                    output.WriteLine($"  {i + 1}) {actions[i].Title}");
                }
            }
        }

        return choices;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
