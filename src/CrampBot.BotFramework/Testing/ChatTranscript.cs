// The .chat transcript format: one file per conversation, read line by line.
//
//   # a comment                     ignored, as are blank lines
//   locale: zh-Hans                 header (before the first turn): the locale of every user activity
//   user: I get cramps at night     the user sends a message with this text
//   user.value: {"severity": "7"}   the user submits a card: a message with no text and this JSON value
//   join                            the user joins (a conversationUpdate with the user in membersAdded)
//   bot: Hello!                     the next reply's text is exactly this (line endings normalised)
//   bot~: cramp                     the next reply's text contains this (ignoring case)
//   actions: Yes | No               the reply just matched offers exactly these suggested actions, in order
//   actions~: Yes                   ... offers at least these suggested actions
//   actions:                        ... offers none
//   bot: ...                        ignore the rest of this turn's replies
//
// In bot and user text, "\n" stands for a line break. After each user line, every reply of that turn must be
// matched by a bot line (or skipped with "bot: ..."), so a transcript also catches a reply nobody expected.
// Bot Builder's "user=" / "bot=" header lines are accepted and ignored.
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Testing;

/// <summary>A parsed .chat file: an optional locale and the steps in order.</summary>
public sealed record ChatTranscript(string Name, string? Locale, IReadOnlyList<ChatStep> Steps)
{
    public static ChatTranscript Parse(string path) =>
        ParseText(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    public static ChatTranscript ParseText(string text, string name = "transcript")
    {
        ArgumentNullException.ThrowIfNull(text);
        string? locale = null;
        var steps = new List<ChatStep>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == "join")
            {
                steps.Add(new UserJoins(number));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                if (line.StartsWith("user=", StringComparison.Ordinal) || line.StartsWith("bot=", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new FormatException($"{name}:{number}: expected 'kind: text', got \"{line}\".");
            }

            var kind = line[..colon].Trim();
            var body = Unescape(line[(colon + 1)..].Trim());
            switch (kind)
            {
                case "locale" when steps.Count == 0:
                    locale = body;
                    break;
                case "locale":
                    throw new FormatException($"{name}:{number}: 'locale:' is a header; put it before the first turn.");
                case "user":
                    steps.Add(new UserSays(number, body));
                    break;
                case "user.value":
                    steps.Add(new UserSubmits(number, JsonNode.Parse(body) ?? throw new FormatException($"{name}:{number}: user.value needs JSON.")));
                    break;
                case "bot" when body == "...":
                    steps.Add(new BotSkipsRest(number));
                    break;
                case "bot":
                    steps.Add(new BotSays(number, body, ChatMatch.Exact));
                    break;
                case "bot~":
                    steps.Add(new BotSays(number, body, ChatMatch.Contains));
                    break;
                case "actions":
                case "actions~":
                    steps.Add(new BotSuggests(number, [.. body.Split('|').Select(a => a.Trim()).Where(a => a.Length > 0)], Exact: kind == "actions"));
                    break;
                default:
                    throw new FormatException($"{name}:{number}: unknown line kind '{kind}'.");
            }
        }

        return new ChatTranscript(name, locale, steps);
    }

    private static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);
}

/// <summary>How a bot line compares with a reply.</summary>
public enum ChatMatch
{
    Exact,
    Contains,
}

/// <summary>One line of a transcript, with its line number for error messages.</summary>
public abstract record ChatStep(int Line);

public sealed record UserSays(int Line, string Text) : ChatStep(Line);

public sealed record UserSubmits(int Line, JsonNode Value) : ChatStep(Line);

public sealed record UserJoins(int Line) : ChatStep(Line);

public sealed record BotSays(int Line, string Text, ChatMatch Match) : ChatStep(Line);

public sealed record BotSuggests(int Line, IReadOnlyList<string> Titles, bool Exact) : ChatStep(Line);

public sealed record BotSkipsRest(int Line) : ChatStep(Line);
