using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Teams;
using Xunit;

namespace CrampBot.Web.Tests.Teams;

/// <summary>The reshaping rules on their own, for the cases a conversation rarely reaches.</summary>
public sealed class TeamsMessageShaperTests
{
    private readonly TeamsMessageShaper _shaper = new(new TeamsOptions());

    [Fact]
    public void Chinese_text_over_the_cap_is_split_between_paragraphs_and_every_piece_fits()
    {
        var paragraph = string.Concat(Enumerable.Repeat("睡前轻轻拉伸小腿，保持三十秒。", 40));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 120));

        var pieces = _shaper.Shape(Addressed(MessageFactory.Text(text)), TeamsConversation.Personal);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(JsonSerializer.Serialize(p, BotJsonContext.Wire.Activity).Length * 2 <= 80 * 1024));
        Assert.Equal(text, string.Join("\n\n", pieces.Select(p => p.Text)));
        Assert.All(pieces, p => Assert.Equal("conv-1", p.Conversation!.Id));
    }

    [Fact]
    public void One_unbroken_run_of_text_is_cut_by_characters_without_splitting_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("🦵", 30_000));

        var pieces = _shaper.Shape(Addressed(MessageFactory.Text(text)), TeamsConversation.Personal);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p.Text![^1])));
        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Buttons_map_to_the_Teams_action_that_behaves_alike_and_more_than_six_spill_onto_a_second_card()
    {
        var actions = new List<CardAction>
        {
            CardAction.ImBack("Yes"),
            new(ActionTypes.PostBack, "Hidden", JsonValue.Create("secret-choice")),
            new(ActionTypes.OpenUrl, "Read more", JsonValue.Create("https://example.com/cramps")),
            new(ActionTypes.MessageBack, "Rate") { Text = "rate", DisplayText = "I'd rate it", Value = new JsonObject { ["stars"] = 5 } },
            CardAction.ImBack("5"), CardAction.ImBack("6"), CardAction.ImBack("7"),
        };

        var pieces = _shaper.Shape(Addressed(MessageFactory.SuggestedActions(actions, "Pick one")), TeamsConversation.Personal);

        Assert.Equal(2, pieces.Count);
        Assert.Equal("Pick one", pieces[0].Text);
        var cards = pieces[1].Attachments!.Select(a => a.Content!["actions"]!.AsArray()).ToList();
        Assert.Equal([6, 1], cards.Select(c => c.Count));
        Assert.Equal("""{"msteams":{"type":"imBack","value":"Yes"}}""", cards[0][0]!["data"]!.ToJsonString());
        Assert.Equal("""{"msteams":{"type":"messageBack","text":"secret-choice"}}""", cards[0][1]!["data"]!.ToJsonString());
        Assert.Equal("Action.OpenUrl", cards[0][2]!["type"]!.GetValue<string>());
        Assert.Equal("https://example.com/cramps", cards[0][2]!["url"]!.GetValue<string>());
        Assert.Equal("""{"msteams":{"type":"messageBack","text":"rate","displayText":"I\u0027d rate it","value":{"stars":5}}}""", cards[0][3]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Media_cards_Teams_cannot_play_become_words_and_a_link()
    {
        var video = new Attachment
        {
            ContentType = "application/vnd.microsoft.card.video",
            Content = new JsonObject { ["title"] = "Calf stretch", ["media"] = new JsonArray(new JsonObject { ["url"] = "https://example.com/stretch.mp4" }) },
        };

        var piece = Assert.Single(_shaper.Shape(Addressed(MessageFactory.Attachment(video)), TeamsConversation.Personal));

        Assert.Null(piece.Attachments);
        Assert.Equal("Calf stretch\n\nhttps://example.com/stretch.mp4", piece.Text);
    }

    [Fact]
    public void Text_that_is_not_the_cards_fallback_is_kept_in_its_own_message_first()
    {
        var card = new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.2", ["fallbackText"] = "Step 1", ["body"] = new JsonArray() } };
        var activity = Addressed(MessageFactory.Attachment(card, "Here is your first step."));
        activity.InputHint = InputHints.ExpectingInput;

        var pieces = _shaper.Shape(activity, TeamsConversation.Channel);

        Assert.Equal(["Here is your first step.", null], pieces.Select(p => p.Text));
        Assert.Null(pieces[0].Attachments);
        Assert.Null(pieces[0].InputHint);
        Assert.Equal("1.2", pieces[1].Attachments![0].Content!["version"]!.GetValue<string>());
        Assert.Equal(InputHints.ExpectingInput, pieces[1].InputHint);
    }

    private static Activity Addressed(Activity activity)
    {
        activity.ChannelId = Channels.MsTeams;
        activity.Conversation = new ConversationAccount("conv-1");
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        return activity;
    }
}
