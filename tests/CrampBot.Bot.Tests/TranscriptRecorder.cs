using System.Text;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// A writer's tool, not a test: runs the user lines of each <c>*.script</c> file in $CRAMPBOT_RECORD through the
/// bot and writes a draft .chat beside it (each reply's first sentence as a <c>bot~:</c> line, its quick replies
/// as <c>actions:</c>). Drafts are read and corrected by hand before they go into dialogs/transcripts.
/// Run with: CRAMPBOT_RECORD=/tmp/scripts dotnet test tests/CrampBot.Bot.Tests --filter Record -- xUnit.Explicit=on
/// </summary>
public sealed class TranscriptRecorder
{
    [Fact(Explicit = true)]
    public async Task Record()
    {
        var folder = Environment.GetEnvironmentVariable("CRAMPBOT_RECORD");
        Assert.False(string.IsNullOrEmpty(folder), "Set CRAMPBOT_RECORD to a folder of .script files.");
        foreach (var script in Directory.GetFiles(folder, "*.script"))
        {
            var lines = await File.ReadAllLinesAsync(script, TestContext.Current.CancellationToken);
            var locale = lines.FirstOrDefault(l => l.StartsWith("locale:", StringComparison.Ordinal))?[7..].Trim();
            await using var bot = new BotHarness(locale);
            var chat = new StringBuilder();
            foreach (var line in lines)
            {
                chat.AppendLine(line);
                if (line.StartsWith('#') || line.StartsWith("locale:", StringComparison.Ordinal) || line.Trim().Length == 0)
                {
                    continue;
                }

                var activity = line == "join"
                    ? new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale }
                    : new Activity { Type = ActivityTypes.Message, Text = line[5..].Trim(), Locale = locale };
                foreach (var reply in await bot.Turn(activity, TestContext.Current.CancellationToken))
                {
                    if (reply.ChannelData?["triage"] is { } summary)
                    {
                        // The advice: its level line says more than its title.
                        string Ids(string field) => string.Join(" ", summary[field]!.AsArray().Select(n => n!.GetValue<string>()));
                        chat.AppendLine($"# advice: level {summary["level"]}, causes {Ids("causes")}, rules {Ids("rules")}");
                        chat.AppendLine("bot~: " + FirstSentence((reply.Text ?? string.Empty).Split("\n\n").ElementAtOrDefault(1) ?? reply.Text ?? string.Empty));
                        if (reply.SuggestedActions?.Actions is { Count: > 0 } next)
                        {
                            chat.AppendLine("actions: " + string.Join(" | ", next.Select(a => a.Title)));
                        }

                        continue;
                    }

                    // A stretch step's first paragraph is the card's title; its instruction says more.
                    var isStep = reply.ChannelData?["crampbot"]?["question"]?["kind"]?.GetValue<string>() == "stretch_step";
                    var said = reply.Text ?? string.Empty;
                    chat.AppendLine("bot~: " + FirstSentence(isStep ? said.Split("\n\n").ElementAtOrDefault(1) ?? said : said));
                    if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
                    {
                        chat.AppendLine("actions: " + string.Join(" | ", actions.Select(a => a.Title)));
                    }
                }
            }

            await File.WriteAllTextAsync(Path.ChangeExtension(script, ".chat"), chat.ToString(), TestContext.Current.CancellationToken);
        }
    }

    private static string FirstSentence(string text)
    {
        var line = text.Split('\n')[0];
        var end = line.IndexOfAny(['.', '。', '?', '？', '!', '！']);
        return (end > 0 ? line[..end] : line).Trim();
    }
}
