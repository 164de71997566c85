using System.Net;
using System.Text.Json.Nodes;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;
using static CrampBot.Web.Tests.Teams.TeamsActivities;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// Teams-shaped activities posted to /api/messages with a valid channel token: who the bot answers, where the
/// replies go, what text the bot reads, and that state follows the conversation. Every reply is checked against
/// Teams' limits on the way.
/// </summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsTestHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_personal_message_is_answered_in_the_personal_chat_with_the_bots_token()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "my calf cramps at night", id: "1732170000001"));

        var reply = Assert.Single(await _host.RepliesAsync(1, "personal"));
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(PersonalConversation)}/activities/1732170000001", reply.RawTarget);
        Assert.Equal("Bearer " + TestTokenIssuer.OutboundToken(1), reply.Authorization);
        var activity = reply.Activity!;
        Assert.Equal("heard: [my calf cramps at night]", activity.Text);
        Assert.Equal(BotId, activity.From!.Id);
        Assert.Equal(Alice.Id, activity.Recipient!.Id);
        Assert.Equal("msteams", activity.ChannelId);
    }

    [Fact]
    public async Task Without_a_channel_token_nothing_is_run()
    {
        using var response = await _host.App.PostActivityAsync(Personal(_host.ServiceUrl, "hello"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await _host.AssertNoMoreRepliesAsync();
    }

    [Fact]
    public async Task In_a_group_chat_the_mention_is_removed_before_the_bot_reads_the_text()
    {
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "how long should a cramp last?", mentionBot: true, id: "1732170000101"));

        var reply = Assert.Single(await _host.RepliesAsync(1, "groupChat"));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(GroupChatConversation)}/activities/1732170000101", reply.RawTarget);
        Assert.Equal("heard: [how long should a cramp last?]", reply.Activity!.Text);
    }

    [Fact]
    public async Task In_a_group_chat_or_channel_a_message_without_the_mention_is_left_alone()
    {
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "anyone up?", mentionBot: false));
        await _host.SendAsync(Channel(_host.ServiceUrl, "morning all", mentionBot: false));

        await _host.AssertNoMoreRepliesAsync();
    }

    [Fact]
    public async Task A_channel_message_is_answered_in_its_thread_with_the_id_percent_encoded()
    {
        await _host.SendAsync(Channel(_host.ServiceUrl, "is magnesium worth trying?", mentionBot: true, id: "1732170000201"));

        var reply = Assert.Single(await _host.RepliesAsync(1, "channel"));
        Assert.Equal("/v3/conversations/19%3A2b0c6d9e8f7a4b3c%40thread.tacv2%3Bmessageid%3D1732170000000/activities/1732170000201", reply.RawTarget);
        Assert.Equal(ChannelConversation, reply.Activity!.Conversation!.Id);
        Assert.Equal("heard: [is magnesium worth trying?]", reply.Activity.Text);
    }

    [Fact]
    public async Task A_mention_in_another_case_or_inside_the_sentence_is_removed_too()
    {
        var activity = GroupChat(_host.ServiceUrl, "placeholder", mentionBot: true);
        activity.Text = "thanks <AT>CrampBot</AT>, that helped";
        activity.Entities![^1].Type = "Mention";

        await _host.SendAsync(activity);

        Assert.Equal("heard: [thanks , that helped]", (await _host.RepliesAsync(1, "groupChat"))[0].Activity!.Text);
    }

    [Fact]
    public async Task A_card_submit_without_text_drives_the_dialog_like_a_typed_answer()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "check", id: "m1"));
        await _host.RepliesAsync(2, "personal");
        await _host.SendAsync(Personal(_host.ServiceUrl, "Most nights", id: "m2"));
        var card = (await _host.RepliesAsync(1, "personal"))[0];

        await _host.SendAsync(CardSubmit(_host.ServiceUrl, PersonalConversation, "personal", new JsonObject { ["kind"] = "leg", ["leg"] = "left" }, replyToId: "sent-3", id: "m3"));

        Assert.NotNull(card.Activity!.Attachments);
        var summary = (await _host.RepliesAsync(1, "personal"))[0];
        Assert.Equal("summary: often=Most nights, leg=left, by=Alice Chen", summary.Activity!.Text);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(PersonalConversation)}/activities/m3", summary.RawTarget);
    }

    [Fact]
    public async Task A_group_chat_keeps_one_dialog_for_the_conversation_whoever_answers()
    {
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "check", mentionBot: true, from: Alice, id: "g1"));
        await _host.RepliesAsync(2, "groupChat");

        // Bob answers the question Alice's request raised, by clicking a button (an imBack: Teams posts it with the mention).
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "Weekly", mentionBot: true, from: Bob, id: "g2"));
        await _host.RepliesAsync(1, "groupChat");

        // Alice submits the card: no text, no mention, still heard.
        await _host.SendAsync(CardSubmit(_host.ServiceUrl, GroupChatConversation, "groupChat", new JsonObject { ["kind"] = "leg", ["leg"] = "right" }, replyToId: "sent-3", from: Alice, id: "g3"));

        Assert.Equal("summary: often=Weekly, leg=right, by=Alice Chen", (await _host.RepliesAsync(1, "groupChat"))[0].Activity!.Text);
    }

    [Theory]
    [InlineData("personal", PersonalConversation)]
    [InlineData("groupChat", GroupChatConversation)]
    [InlineData("channel", ChannelConversation)]
    public async Task Installing_the_bot_welcomes_once_though_Teams_sends_two_events_at_once(string scope, string conversation)
    {
        // Teams sends both, in no promised order; here they race.
        var install = _host.PostAsync(InstallationUpdate(_host.ServiceUrl, conversation, scope));
        var added = _host.PostAsync(BotAdded(_host.ServiceUrl, conversation, scope));
        foreach (var response in await Task.WhenAll(install, added))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        var welcome = Assert.Single(await _host.RepliesAsync(1, scope));
        Assert.Equal(TeamsProbeBot.Welcome, welcome.Activity!.Text);
        Assert.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", welcome.RawTarget, StringComparison.Ordinal);
        await _host.AssertNoMoreRepliesAsync();

        // A person joining later is not welcomed again (Teams' guidance for large teams).
        await _host.SendAsync(MemberAdded(_host.ServiceUrl, conversation, scope, Bob));
        await _host.AssertNoMoreRepliesAsync();
    }

    [Fact]
    public async Task After_an_uninstall_a_new_install_welcomes_again()
    {
        await _host.SendAsync(InstallationUpdate(_host.ServiceUrl, PersonalConversation, "personal"));
        await _host.RepliesAsync(1, "personal");

        await _host.SendAsync(InstallationUpdate(_host.ServiceUrl, PersonalConversation, "personal", action: "remove"));
        await _host.SendAsync(BotAdded(_host.ServiceUrl, PersonalConversation, "personal"));

        Assert.Equal(TeamsProbeBot.Welcome, (await _host.RepliesAsync(1, "personal"))[0].Activity!.Text);
    }

    [Fact]
    public async Task An_Action_Execute_runs_as_a_card_submit_and_gets_a_universal_actions_response()
    {
        using var response = await _host.PostAsync(ActionExecute(_host.ServiceUrl, PersonalConversation, "personal", "answer", new JsonObject { ["kind"] = "leg", ["leg"] = "left" }, replyToId: "sent-9"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["value"]!.GetValue<string>()));
        var reply = (await _host.RepliesAsync(1, "personal"))[0];
        Assert.Equal("heard: [] value={\"kind\":\"leg\",\"leg\":\"left\"}", reply.Activity!.Text);
    }

    [Fact]
    public async Task An_Action_Execute_with_an_imBack_answers_a_dialog_question_in_a_group_chat()
    {
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "check", mentionBot: true, id: "x1"));
        await _host.RepliesAsync(2, "groupChat");

        using var response = await _host.PostAsync(ActionExecute(_host.ServiceUrl, GroupChatConversation, "groupChat", "answer", new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "Rarely" } }, replyToId: "sent-2", from: Bob));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await _host.RepliesAsync(1, "groupChat"))[0].Activity!.Attachments);
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "Left", mentionBot: true, id: "x3"));
        Assert.Equal("summary: often=Rarely, leg=Left, by=Alice Chen", (await _host.RepliesAsync(1, "groupChat"))[0].Activity!.Text);
    }
}
