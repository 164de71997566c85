using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-21T05:00:00.123Z",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:user", "name": "Mei", "aadObjectId": "aad-1", "userPrincipalName": "mei@example.com" },
          "conversation": { "id": "a:1;messageid=1@thread.tacv2", "conversationType": "personal", "tenantId": "t-1", "futureFlag": true },
          "recipient": { "id": "28:bot", "name": "CrampBot" },
          "text": "<at>CrampBot</at> cramps again",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "CrampBot" }, "text": "<at>CrampBot</at>" },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" }
          ],
          "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "futureAttachmentField": 7 } ],
          "channelData": { "tenant": { "id": "t-1" }, "source": { "name": "message" } },
          "locale": "en-US",
          "textHighlights": [ { "text": "cramps", "occurrence": 1 } ],
          "someFutureField": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void Unknown_fields_survive_a_read_modify_write_round_trip()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;
        activity.Text = "changed";

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity))!;

        Assert.Equal("changed", (string?)written["text"]);
        Assert.Equal(1, (int?)written["textHighlights"]![0]!["occurrence"]);
        Assert.Equal(3, (int?)written["someFutureField"]!["nested"]![2]);
        Assert.Equal("mei@example.com", (string?)written["from"]!["userPrincipalName"]);
        Assert.True((bool?)written["conversation"]!["futureFlag"]);
        Assert.Equal("t-1", (string?)written["conversation"]!["tenantId"]);
        Assert.Equal(7, (int?)written["attachments"]![0]!["futureAttachmentField"]);
        Assert.Equal("US", (string?)written["entities"]![1]!["country"]);
        Assert.Equal("28:bot", (string?)written["entities"]![0]!["mentioned"]!["id"]);
        Assert.Equal("message", (string?)written["channelData"]!["source"]!["name"]);
    }

    [Fact]
    public void Writes_camelCase_and_leaves_out_nulls()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hi", InputHint = InputHints.AcceptingInput }, BotJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","text":"hi","inputHint":"acceptingInput"}""", json);
    }

    [Fact]
    public void The_wire_contract_sends_Chinese_as_UTF8_not_escapes()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "抽筋了 \"ok\"" }, BotJsonContext.Wire.Activity);

        Assert.Equal("""{"type":"message","text":"抽筋了 \"ok\""}""", json);
    }

    [Fact]
    public void Mention_helpers_read_and_strip_the_bots_mention()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;

        Assert.Equal("28:bot", activity.Entities![0].GetMentioned()!.Id);
        Assert.Equal("cramps again", activity.RemoveMentionText("28:bot"));
    }

    [Fact]
    public void A_reply_swaps_from_and_recipient_and_threads_under_the_message()
    {
        var incoming = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;

        var reply = incoming.CreateReply("hello");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("1700000000000", reply.ReplyToId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void Applying_a_reference_copies_accounts_and_marks_the_bot_role()
    {
        var incoming = JsonSerializer.Deserialize(TeamsMessage, BotJsonContext.Default.Activity)!;
        var reply = new Activity { Type = ActivityTypes.Message }.ApplyConversationReference(incoming.GetConversationReference());

        reply.Recipient!.Name = "changed";

        Assert.Equal("Mei", incoming.From!.Name);
        Assert.Equal(RoleTypes.Bot, reply.From!.Role);
        Assert.Equal("1700000000000", reply.ReplyToId);
    }

    [Fact]
    public void A_welcome_on_Direct_Line_is_not_threaded_under_the_conversation_update()
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "update-1",
            ChannelId = Channels.DirectLine,
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount("c"),
        };

        Assert.Null(update.CreateReply("welcome").ReplyToId);
    }
}
