using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CrampBot.Web.Tests.Hardening;

/// <summary>
/// Each defect of issue 14 reproduced through the real host, on SQLite: what used to be accepted and then broke the
/// conversation, a 500, or a failed turn is now a 400 with a short reason (Direct Line: its error shape), and the
/// conversation carries on. Input at the limit is accepted and reads back.
/// </summary>
public sealed class DefectTests : IClassFixture<DefectTests.Host>
{
    private readonly HardeningHost _host;

    public DefectTests(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host.App;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed class Host : IDisposable
    {
        public HardeningHost App { get; } = new HardeningHost().Start();

        public void Dispose() => App.Dispose();
    }

    /// <summary>Defect 1: deep channelData or a deep unknown property used to be stored, and then no page of the conversation could be read.</summary>
    [Theory]
    [InlineData("channelData", 62)]
    [InlineData("channelData", 63)]
    [InlineData("somethingUnknown", 62)]
    [InlineData("somethingUnknown", 63)]
    public async Task A_deeply_nested_Direct_Line_activity_is_refused_and_the_conversation_keeps_working(string property, int depth)
    {
        var (conversationId, token) = await _host.StartDirectLineAsync("en-US", Ct);
        var body = $$"""{"type":"message","text":"hi","from":{"id":"x"},"{{property}}":{{Nested(depth)}}}""";

        using var refused = await _host.PostDirectLineAsync(token, conversationId, body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await ErrorAsync(refused);
        Assert.Equal("BadArgument", (string)error["code"]!);
        Assert.Contains("nested deeper", (string)error["message"]!, StringComparison.Ordinal);
        await AssertDirectLineUsableAsync(conversationId, token);
    }

    [Fact]
    public async Task Direct_Line_channelData_nested_to_the_limit_is_stored_and_read_back()
    {
        var (conversationId, token) = await _host.StartDirectLineAsync("en-US", Ct);
        var limit = new BotFramework.Schema.ActivityLimits().MaxJsonDepth;

        // The activity is level 1 and channelData level 2, so limit - 1 objects fill it exactly.
        using var accepted = await _host.PostDirectLineAsync(token, conversationId, $$"""{"type":"message","text":"hi","from":{"id":"x"},"channelData":{{Nested(limit - 1)}}}""", Ct);
        using var tooDeep = await _host.PostDirectLineAsync(token, conversationId, $$"""{"type":"message","text":"hi","from":{"id":"x"},"channelData":{{Nested(limit)}}}""", Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        var history = await AssertDirectLineUsableAsync(conversationId, token);
        Assert.Contains(history, a => a["channelData"]?["x"] is JsonObject);
    }

    /// <summary>Defect 2: the reply to an expectReplies activity echoed a deep from extension and could not be serialised (500).</summary>
    [Fact]
    public async Task ExpectReplies_with_a_deep_from_extension_is_refused_and_one_at_the_limit_is_answered()
    {
        var limit = new BotFramework.Schema.ActivityLimits().MaxJsonDepth;
        var tooDeep = Message("deep-1", "hi", a => a["from"] = JsonNode.Parse($$"""{"id":"u-deep","x":{{Nested(62)}}}"""), expectReplies: true);
        var atLimit = Message("deep-1", "hi", a => a["from"] = JsonNode.Parse($$"""{"id":"u-deep","x":{{Nested(limit - 2)}}}"""), expectReplies: true);

        using var refused = await _host.PostMessagesAsync(tooDeep, Ct);
        using var answered = await _host.PostMessagesAsync(atLimit, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("nested deeper", (string)(await ErrorAsync(refused))["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await answered.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray());
    }

    /// <summary>Defects 2 and 3: input every turn needs, or that no turn can handle, is refused at the edge.</summary>
    [Theory]
    [InlineData("invoke without from", "from.id")]
    [InlineData("no channelId", "channelId")]
    [InlineData("no from.id", "from.id")]
    [InlineData("entities with a null", "entities")]
    [InlineData("Teams channelData as an array", "channelData")]
    [InlineData("Teams channelData as a string", "channelData")]
    [InlineData("Teams channelData as a number", "channelData")]
    [InlineData("text with U+FFFE", "noncharacter")]
    [InlineData("text with U+FFFF", "noncharacter")]
    [InlineData("channelId with a line break", "channelId")]
    [InlineData("conversation id of 200 KB", "longer")]
    [InlineData("conversation id of 600 characters", "conversation.id")]
    public async Task Input_a_turn_cannot_serve_gets_a_400_and_the_conversation_goes_on(string name, string reason)
    {
        var conversation = "edge-" + name.Replace(' ', '-');
        var body = Message(conversation, "hello", name switch
        {
            "invoke without from" => a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a.Remove("from"); },
            "no channelId" => a => a.Remove("channelId"),
            "no from.id" => a => a["from"] = new JsonObject { ["name"] = "nobody" },
            "entities with a null" => a => a["entities"] = new JsonArray((JsonNode?)null),
            "Teams channelData as an array" => a => { a["channelId"] = "msteams"; a["channelData"] = new JsonArray(1, 2); },
            "Teams channelData as a string" => a => { a["channelId"] = "msteams"; a["channelData"] = "tenant"; },
            "Teams channelData as a number" => a => { a["channelId"] = "msteams"; a["channelData"] = 7; },
            "text with U+FFFE" => a => a["text"] = "cramp \uFFFE",
            "text with U+FFFF" => a => a["text"] = "cramp \uFFFF",
            "channelId with a line break" => a => a["channelId"] = "emulator\nfail: forged line",
            "conversation id of 200 KB" => a => a["conversation"] = new JsonObject { ["id"] = new string('c', 200 * 1024) },
            "conversation id of 600 characters" => a => a["conversation"] = new JsonObject { ["id"] = new string('c', 600) },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        });
        var failures = _host.TurnFailures;

        using var refused = await _host.PostMessagesAsync(body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (string)(await ErrorAsync(refused))["message"]!;
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.True(message.Length < 100, "the reason stays short");
        Assert.Equal(failures, _host.TurnFailures);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Message.Contains("\nfail:", StringComparison.Ordinal));

        using var next = await _host.PostMessagesAsync(Message(conversation, "why do my legs cramp at night"), Ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await next.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray());
        Assert.Equal(failures, _host.TurnFailures);
    }

    /// <summary>Defect 7: a token we signed whose exp no date can hold was a 500; it is an invalid token (403).</summary>
    [Theory]
    [InlineData("1000000000000000")]
    [InlineData("-1000000000000000")]
    [InlineData("1e15")]
    [InlineData("\"soon\"")]
    public async Task A_signed_token_with_an_impossible_exp_is_refused_as_invalid(string exp)
    {
        var (conversationId, _) = await _host.StartDirectLineAsync("en-US", Ct);
        var token = SignedToken($$"""{"conv":"{{conversationId}}","user":"dl_x","iat":0,"exp":{{exp}},"jti":"a"}""");

        using var response = await _host.GetDirectLineAsync(token, conversationId, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", (string)(await ErrorAsync(response))["code"]!);
    }

    /// <summary>Defect 8: values from an activity are logged cut short and escaped; the user's words never at Information.</summary>
    [Fact]
    public async Task Logged_ids_are_cut_short_and_the_user_text_is_not_logged_at_information()
    {
        var longId = "conv-" + new string('z', 500);
        const string text = "my left calf cramps every night around three";

        using var response = await _host.PostMessagesAsync(Message(longId, text), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = _host.Logs.Entries.Where(e => e.Message.Contains("conv-zzz", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain(longId, l.Message, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Message.Contains($"({longId.Length} chars)", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("calf cramps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("x\r\nfail: forged", "x\\r\\nfail: forged")]
    [InlineData("rtl\u202Eevil", "rtl\\u202Eevil")]
    [InlineData("plain-id", "plain-id")]
    [InlineData(null, "(null)")]
    public void A_logged_value_has_its_control_characters_escaped(string? value, string logged) =>
        Assert.Equal(logged, new LogText(value).ToString());

    private async Task<List<JsonNode>> AssertDirectLineUsableAsync(string conversationId, string token)
    {
        using var posted = await _host.PostDirectLineAsync(token, conversationId, """{"type":"message","text":"why do my legs cramp at night","from":{"id":"x"}}""", Ct);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var postedId = (string?)JsonNode.Parse(await posted.Content.ReadAsStringAsync(Ct))!["id"];
        using var read = await _host.GetDirectLineAsync(token, conversationId, Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var activities = JsonNode.Parse(await read.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray().Select(a => a!).ToList();
        Assert.Contains(activities, a => (string?)a["from"]?["role"] == "bot" && (string?)a["replyToId"] == postedId);
        return activities;
    }

    private static async Task<JsonNode> ErrorAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["error"]!;

    private static string Message(string conversationId, string text, Action<JsonObject>? change = null, bool expectReplies = true)
    {
        var activity = PayloadFuzzer.MessagesActivity("message", conversationId, "user-" + conversationId.GetHashCode(StringComparison.Ordinal), "http://127.0.0.1:9/", expectReplies, text);
        change?.Invoke(activity);
        return activity.ToJsonString();
    }

    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("{\"x\":", depth)) + "1" + new string('}', depth);

    private static string SignedToken(string payload)
    {
        var header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
        var unsigned = header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(HardeningHost.Secret), "CrampBot.DirectLine.TokenSigningKey.v1"u8);
        return unsigned + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned)));
    }
}
