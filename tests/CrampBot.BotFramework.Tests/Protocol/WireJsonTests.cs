using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

/// <summary>
/// The hand-written wire writer must give exactly what the generated serializer (BotJsonContext.Wire) gives. The
/// activities here have every property set, found by reflection, so a property added to the model and not to the
/// writer fails these tests.
/// </summary>
public class WireJsonTests
{
    [Fact]
    public void An_activity_with_every_property_set_is_written_as_the_generated_serializer_writes_it()
    {
        var activity = Filled<Activity>();

        var expected = Utf8(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Wire.Activity));
        var written = Utf8(WireJson.SerializeToUtf8Bytes(activity));

        Assert.Equal(expected, written);

        // Not vacuous: every named property and the extension field are in the output.
        var names = JsonNode.Parse(written)!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var expectedNames = typeof(Activity).GetProperties().Where(p => p.Name != nameof(Activity.Properties)).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        Assert.Empty(expectedNames.Except(names));
        Assert.Contains("futureField", names);
    }

    [Fact]
    public void A_reply_as_the_bot_sends_it_is_the_same_bytes_in_both_languages()
    {
        foreach (var text in new[] { "How often do the cramps come? <b>&</b> \"quoted\"", "抽筋多久一次？大概“每周三次”吗" })
        {
            var reply = new Activity
            {
                Type = ActivityTypes.Message,
                ServiceUrl = "https://channel.example/",
                ChannelId = "directline",
                From = new ChannelAccount("bot", "CrampBot", "bot"),
                Conversation = new ConversationAccount("conv-1"),
                Recipient = new ChannelAccount("user-1"),
                Text = text,
                InputHint = "expectingInput",
                SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes"), CardAction.ImBack("不确定")] },
                ChannelData = JsonNode.Parse("""{"crampbot":{"question":{"kind":"yesno","facts":["calf"]}}}"""),
                ReplyToId = "a1",
            };
            var replies = new ExpectedReplies([reply, Filled<Activity>()]);

            Assert.Equal(
                Utf8(JsonSerializer.SerializeToUtf8Bytes(replies, BotJsonContext.Wire.ExpectedReplies)),
                Utf8(WireJson.SerializeToUtf8Bytes(replies)));
            Assert.Contains(text.Contains('抽') ? "抽筋" : "<b>", Utf8(WireJson.SerializeToUtf8Bytes(reply)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fields_a_channel_sent_that_the_model_does_not_name_are_written_back_unchanged()
    {
        const string teams = """
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.example/",
             "from":{"id":"29:u","aadObjectId":"aad","userPrincipalName":"mei@example.com"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t","isGroup":false,"futureFlag":true},
             "recipient":{"id":"28:bot"},"text":"hi","entities":[{"type":"clientInfo","locale":"zh-CN"}],
             "attachments":[{"contentType":"text/html","content":"<p>hi</p>","extra":7}],
             "membersAdded":[{"id":"29:u","tag":1}],"textHighlights":[{"text":"hi"}],"someFutureField":{"nested":[1,2,3]}}
            """;
        var activity = JsonSerializer.Deserialize(teams, BotJsonContext.Default.Activity)!;

        var written = Utf8(WireJson.SerializeToUtf8Bytes(activity));

        Assert.Equal(Utf8(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Wire.Activity)), written);
        Assert.Contains("\"someFutureField\":{\"nested\":[1,2,3]}", written, StringComparison.Ordinal);
        Assert.Contains("\"userPrincipalName\":\"mei@example.com\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_large_activity_and_the_small_one_after_it_are_both_written_whole()
    {
        var large = new Activity { Type = ActivityTypes.Message, Text = new string('抽', 200_000) };
        var small = new Activity { Type = ActivityTypes.Message, Text = "calf" };

        Assert.Equal(Utf8(JsonSerializer.SerializeToUtf8Bytes(large, BotJsonContext.Wire.Activity)), Utf8(WireJson.SerializeToUtf8Bytes(large)));
        Assert.Equal("""{"type":"message","text":"calf"}""", Utf8(WireJson.SerializeToUtf8Bytes(small)));
    }

    private static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static T Filled<T>() => (T)Fill(typeof(T), depth: 0)!;

    /// <summary>A sample value for every settable property, recursively: text that needs escaping, Chinese, nested JSON.</summary>
    private static object? Fill(Type type, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            return "值 <b>&amp;</b> \"q\" \u2028 " + depth;
        }

        if (plain == typeof(bool))
        {
            return true;
        }

        if (plain == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 12, 6, 3, 4, 5, 123, TimeSpan.FromHours(8));
        }

        if (typeof(JsonNode).IsAssignableFrom(plain))
        {
            return JsonNode.Parse("""{"n":[1,"二",null,true,{"deep":"<x>"}]}""");
        }

        if (plain == typeof(IDictionary<string, JsonElement>))
        {
            return new Dictionary<string, JsonElement> { ["futureField"] = JsonDocument.Parse("""{"x":"三","y":[1.5]}""").RootElement.Clone() };
        }

        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(IList<>))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(plain.GetGenericArguments()[0]))!;
            list.Add(Fill(plain.GetGenericArguments()[0], depth + 1));
            return list;
        }

        if (depth > 3 || plain.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var value = Activator.CreateInstance(plain)!;
        foreach (var property in plain.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            property.SetValue(value, Fill(property.PropertyType, depth + 1));
        }

        return value;
    }
}
