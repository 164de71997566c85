using System.Text;
using System.Text.Json.Nodes;

namespace CrampBot.Web.Tests.Hardening;

/// <summary>One generated payload: the raw body and what was done to a valid activity to make it.</summary>
public sealed record FuzzPayload(string Body, string Mutation);

/// <summary>
/// Hostile activities from a fixed seed, so a failure reproduces: valid activities of every kind the bot meets,
/// mutated by removing fields, giving them the wrong JSON type or null, nesting objects and arrays deep, huge
/// strings and property names, odd Unicode (noncharacters, lone surrogates, NUL, line breaks, bidi controls),
/// duplicate keys, odd dates and numbers, and plain corruption. Raw text is spliced in where JsonNode cannot go
/// (depth beyond its limit, lone surrogates, duplicate keys).
/// </summary>
public sealed class PayloadFuzzer(int seed)
{
    private const string Raw = "@@raw";
    private readonly Random _random = new(seed);
    private readonly List<string> _raw = [];

    private static readonly string[] OddText =
    [
        "\uFFFE", "\uFFFF", "\u0000", "\n", "\r\nfail: forged log line", "\u202E", "\u2028", "\uFDD0", "\u200B",
        "😀", "e\u0301", "抽筋", "\t", "\u001B[31m", "\\", "\"", "<script>", "%0A", "\uFEFF",
    ];

    private static readonly string[] RawOddStrings = ["\"\\ud800\"", "\"\\udc00x\"", "\"a\\ud83d\"", "\"\\u0000\"", "\"\\uffff\"", "\"\\ufffe\""];

    private static readonly int[] Depths = [2, 10, 30, 31, 32, 33, 40, 59, 60, 61, 62, 63, 64, 65, 100, 1000];

    private static readonly int[] HugeLengths = [300, 600, 1025, 5000, 33_000, 70_000, 200_000];

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "messageReaction",
        "installationUpdate", "deleteUserData", "messageUpdate", "trace", "handoff", "unknownType", "MESSAGE", "", " ",
    ];

    /// <summary>A valid /api/messages activity (before mutation) for one conversation of the pool.</summary>
    public static JsonObject MessagesActivity(string kind, string conversationId, string userId, string serviceUrl, bool expectReplies, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
            ["timestamp"] = "2026-01-01T02:03:04.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "emulator",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Fuzz User" },
            ["recipient"] = new JsonObject { ["id"] = "crampbot", ["name"] = "CrampBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        switch (kind)
        {
            case "teams":
                activity["channelId"] = "msteams";
                activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
                activity["conversation"]!["conversationType"] = "personal";
                activity["conversation"]!["tenantId"] = "tenant-1";
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });
                break;
            case "conversationUpdate":
                activity["type"] = "conversationUpdate";
                activity.Remove("text");
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId }, new JsonObject { ["id"] = "crampbot" });
                break;
            case "invoke":
                activity["type"] = "invoke";
                activity["name"] = "adaptiveCard/action";
                activity.Remove("text");
                activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "why", ["data"] = new JsonObject() } };
                break;
            case "event":
                activity["type"] = "event";
                activity["name"] = "webchat/join";
                activity.Remove("text");
                activity["value"] = new JsonObject { ["language"] = "en-US" };
                break;
            case "reaction":
                activity["type"] = "messageReaction";
                activity.Remove("text");
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                break;
            case "mention":
                activity["channelId"] = "msteams";
                activity["text"] = "<at>CrampBot</at> " + text;
                activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
                activity["entities"] = new JsonArray(new JsonObject
                {
                    ["type"] = "mention", ["text"] = "<at>CrampBot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = "crampbot", ["name"] = "CrampBot" },
                });
                break;
            default:
                break;
        }

        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>A valid Direct Line client activity (what Web Chat posts), before mutation.</summary>
    public static JsonObject DirectLineActivity(string kind, string text) => kind switch
    {
        "event" => new JsonObject
        {
            ["type"] = "event", ["name"] = "webchat/join", ["value"] = new JsonObject { ["language"] = "zh-CN" },
            ["from"] = new JsonObject { ["id"] = "someone", ["name"] = "Web" }, ["locale"] = "zh-CN",
        },
        "typing" => new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = "someone" } },
        "card" => new JsonObject
        {
            ["type"] = "message", ["value"] = new JsonObject { ["choice"] = "why" }, ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "someone" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-" + text.Length, ["postBack"] = true },
        },
        _ => new JsonObject
        {
            ["type"] = "message", ["text"] = text, ["textFormat"] = "plain", ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "someone", ["name"] = "Web Chat user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-" + text.Length },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
        },
    };

    public int Next(int max) => _random.Next(max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One to three mutations of <paramref name="activity"/>; returns the body and their names.</summary>
    public FuzzPayload Mutate(JsonObject activity)
    {
        _raw.Clear();
        var names = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            names.Add(MutateOnce(activity));
        }

        var body = activity.ToJsonString();
        for (var i = 0; i < _raw.Count; i++)
        {
            body = body.Replace($"\"{Raw}{i}@@\"", _raw[i], StringComparison.Ordinal);
        }

        if (names.Contains("corrupt") && body.Length > 2)
        {
            var chars = body.ToCharArray();
            chars[_random.Next(chars.Length)] = "{}[]\",:0a\\"[_random.Next(10)];
            body = new string(chars);
        }

        return new FuzzPayload(body, string.Join("+", names));
    }

    private string MutateOnce(JsonObject activity)
    {
        switch (_random.Next(14))
        {
            case 0:
                {
                    var key = Pick(activity.Select(p => p.Key).ToList());
                    activity.Remove(key);
                    return "remove:" + key;
                }

            case 1:
                {
                    var (parent, key) = SomeSlot(activity);
                    parent[key] = WrongType();
                    return "wrong-type:" + key;
                }

            case 2:
                {
                    var (parent, key) = SomeSlot(activity);
                    var depth = Pick(Depths);
                    parent[key] = RawJson(Nested(depth));
                    return $"deep{depth}:{key}";
                }

            case 3:
                {
                    var (parent, key) = SomeStringSlot(activity);
                    var length = Pick(HugeLengths);
                    parent[key] = new string((char)('a' + _random.Next(26)), length);
                    return $"huge{length}:{key}";
                }

            case 4:
                {
                    var (parent, key) = SomeStringSlot(activity);
                    var odd = Pick(OddText);
                    parent[key] = (parent[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "x") + odd + "tail";
                    return $"odd-unicode:{key}:U+{(int)odd[0]:X4}";
                }

            case 5:
                {
                    var (parent, key) = SomeStringSlot(activity);
                    parent[key] = RawJson(Pick(RawOddStrings));
                    return "raw-odd-string:" + key;
                }

            case 6:
                {
                    activity["text"] = RawJson("\"first\",\"text\":\"second\",\"text\":\"third\"");
                    activity["channelData"] = RawJson("{\"a\":1,\"a\":2,\"b\":{\"c\":[],\"c\":{}}}");
                    return "duplicate-keys";
                }

            case 7:
                activity["type"] = Pick(Types);
                return "type:" + activity["type"];

            case 8:
                {
                    activity["channelData"] = Pick<Func<JsonNode?>>(
                    [
                        () => new JsonArray(1, 2), () => JsonValue.Create("teams"), () => JsonValue.Create(42), () => null,
                        () => new JsonObject { ["tenant"] = 5 }, () => new JsonObject { ["tenant"] = new JsonObject { ["id"] = new JsonArray() } },
                        () => new JsonObject { ["team"] = "x", ["channel"] = new JsonArray() }, () => JsonValue.Create(true),
                        () => new JsonObject { ["clientActivityID"] = new JsonObject() },
                    ])();
                    activity["channelId"] = _random.Next(2) == 0 ? "msteams" : activity["channelId"]?.DeepClone();
                    return "channelData-shape";
                }

            case 9:
                {
                    var date = Pick(["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "not a date", "2026-02-30T00:00:00Z", ""]);
                    activity[_random.Next(2) == 0 ? "timestamp" : "localTimestamp"] = date;
                    return "date:" + date;
                }

            case 10:
                {
                    var (parent, key) = SomeSlot(activity);
                    parent[key] = RawJson(Pick(["1e400", "-0", "1e-400", "18446744073709551616", "-9223372036854775809", "0.1e1"]));
                    return "number:" + key;
                }

            case 11:
                {
                    var name = new string('p', Pick(HugeLengths));
                    var target = _random.Next(2) == 0 ? activity : (activity["from"] as JsonObject ?? activity);
                    target[name] = "v";
                    return "huge-property-name";
                }

            case 12:
                {
                    var list = Pick(["entities", "attachments", "membersAdded", "membersRemoved"]);
                    activity[list] = Pick<Func<JsonNode>>(
                    [
                        () => new JsonArray((JsonNode?)null), () => new JsonArray(1, "x"), () => new JsonArray(new JsonArray()),
                        () => new JsonArray(new JsonObject { ["type"] = "mention" }), () => new JsonArray(new JsonObject { ["id"] = new JsonObject() }),
                        () => new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = "not a card" }),
                    ])();
                    return "list-shape:" + list;
                }

            default:
                return "corrupt";
        }
    }

    private JsonNode RawJson(string json)
    {
        _raw.Add(json);
        return JsonValue.Create($"{Raw}{_raw.Count - 1}@@")!;
    }

    private JsonNode? WrongType() => _random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next()),
        2 => JsonValue.Create("a string"),
        3 => new JsonArray(),
        4 => new JsonArray((JsonNode?)null),
        5 => JsonValue.Create(false),
        6 => new JsonObject(),
        _ => JsonValue.Create(3.5),
    };

    private string Nested(int depth)
    {
        var kind = _random.Next(3);
        var builder = new StringBuilder(depth * 8);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(kind == 0 || (kind == 2 && i % 2 == 0) ? "{\"x\":" : "[");
        }

        builder.Append("1");
        for (var i = depth - 1; i >= 0; i--)
        {
            builder.Append(kind == 0 || (kind == 2 && i % 2 == 0) ? "}" : "]");
        }

        return builder.ToString();
    }

    /// <summary>A place to put a value: a top-level field, a field of an account, or a new unknown property.</summary>
    private (JsonObject Parent, string Key) SomeSlot(JsonObject activity)
    {
        var accounts = new[] { "from", "recipient", "conversation" }.Where(k => activity[k] is JsonObject).ToList();
        return _random.Next(5) switch
        {
            0 when accounts.Count > 0 => ((JsonObject)activity[Pick(accounts)]!, Pick(["id", "name", "role", "extension", "aadObjectId"])),
            1 => (activity, "unknownField" + _random.Next(3)),
            2 when activity["channelData"] is JsonObject data => (data, Pick(["tenant", "clientActivityID", "extra", "team"])),
            _ => (activity, Pick(["channelData", "value", "entities", "attachments", "from", "recipient", "conversation", "text", "locale",
                "id", "channelId", "serviceUrl", "name", "membersAdded", "suggestedActions", "replyToId", "deliveryMode", "relatesTo", "textFormat", "type"])),
        };
    }

    private (JsonObject Parent, string Key) SomeStringSlot(JsonObject activity)
    {
        var accounts = new[] { "from", "recipient", "conversation" }.Where(k => activity[k] is JsonObject).ToList();
        return _random.Next(4) switch
        {
            0 when accounts.Count > 0 => ((JsonObject)activity[Pick(accounts)]!, Pick(["id", "name"])),
            1 when activity["channelData"] is JsonObject data => (data, Pick(["clientActivityID", "extra"])),
            _ => (activity, Pick(["text", "text", "text", "id", "channelId", "locale", "name", "replyToId", "type", "serviceUrl", "textFormat", "localTimezone"])),
        };
    }
}
