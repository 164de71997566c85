using System.Net;
using System.Text.Json.Nodes;
using Xunit;
using static CrampBot.Web.Tests.Teams.TeamsActivities;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// A host may call AddTeamsSupport before or after AddBotStorage. Ours puts Teams first, which every other Teams
/// test runs; here the state layer goes first, and replies are still reshaped, the welcome is still given once, and
/// a group's dialog still runs on card submits and Action.Execute.
/// </summary>
public sealed class TeamsMiddlewareOrderTests : IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsTestHost.StartAsync(stateBeforeTeams: true);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task State_middleware_ahead_of_the_Teams_layer_works_the_same()
    {
        var install = _host.PostAsync(InstallationUpdate(_host.ServiceUrl, GroupChatConversation, "groupChat"));
        var added = _host.PostAsync(BotAdded(_host.ServiceUrl, GroupChatConversation, "groupChat"));
        foreach (var response in await Task.WhenAll(install, added))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Equal(TeamsProbeBot.Welcome, Assert.Single(await _host.RepliesAsync(1, "groupChat")).Activity!.Text);
        await _host.AssertNoMoreRepliesAsync();

        await _host.SendAsync(GroupChat(_host.ServiceUrl, "anyone?", mentionBot: false));
        await _host.SendAsync(GroupChat(_host.ServiceUrl, "check", mentionBot: true, from: Bob));
        var question = await _host.RepliesAsync(2, "groupChat");
        Assert.Equal("How often do the cramps come?", question[0].Activity!.Text);
        Assert.Equal(5, question[1].Activity!.Attachments![0].Content!["actions"]!.AsArray().Count);

        using (var response = await _host.PostAsync(ActionExecute(_host.ServiceUrl, GroupChatConversation, "groupChat", "answer", new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "Monthly" } }, replyToId: "sent-3")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(200, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["statusCode"]!.GetValue<int>());
        }

        var card = Assert.Single(await _host.RepliesAsync(1, "groupChat")).Activity!;
        Assert.Equal("1.5", card.Attachments![0].Content!["version"]!.GetValue<string>());

        await _host.SendAsync(CardSubmit(_host.ServiceUrl, GroupChatConversation, "groupChat", new JsonObject { ["kind"] = "leg", ["leg"] = "left" }, replyToId: "sent-5", from: Bob));
        Assert.Equal("summary: often=Monthly, leg=left, by=Bob Li", Assert.Single(await _host.RepliesAsync(1, "groupChat")).Activity!.Text);
    }
}
