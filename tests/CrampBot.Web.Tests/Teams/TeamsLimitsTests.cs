using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;
using static CrampBot.Web.Tests.Teams.TeamsActivities;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// What the bot sends in one shape for every channel reaches Teams in a shape Teams shows: the Teams layer reshapes
/// it, and the independent checker confirms each message at the connector.
/// </summary>
public sealed class TeamsLimitsTests : IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsTestHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task More_quick_replies_than_Teams_shows_become_imBack_buttons_on_a_card_after_the_text()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "check"));

        var replies = await _host.RepliesAsync(2, "personal");
        var text = replies[0].Activity!;
        Assert.Equal("How often do the cramps come?", text.Text);
        Assert.Null(text.SuggestedActions);
        Assert.Null(text.Attachments);

        var buttons = replies[1].Activity!;
        Assert.Null(buttons.Text);
        var card = Assert.Single(buttons.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var actions = card.Content!["actions"]!.AsArray();
        Assert.Equal(["Every night", "Most nights", "Weekly", "Monthly", "Rarely"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", a!["type"]!.GetValue<string>());
            Assert.Equal("imBack", a["data"]!["msteams"]!["type"]!.GetValue<string>());
            Assert.Equal(a["title"]!.GetValue<string>(), a["data"]!["msteams"]!["value"]!.GetValue<string>());
        });
        Assert.Equal("expectingInput", buttons.InputHint);
    }

    [Fact]
    public async Task Up_to_three_quick_replies_stay_quick_replies_in_personal_chat_only()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "three"));
        var personal = Assert.Single(await _host.RepliesAsync(1, "personal")).Activity!;
        Assert.Equal("Any swelling in that leg?", personal.Text);
        Assert.Equal(["Yes", "No", "Not sure"], personal.SuggestedActions!.Actions.Select(a => a.Title));

        await _host.SendAsync(GroupChat(_host.ServiceUrl, "three", mentionBot: true));
        var group = await _host.RepliesAsync(2, "groupChat");
        Assert.Equal("Any swelling in that leg?", group[0].Activity!.Text);
        Assert.Null(group[0].Activity!.SuggestedActions);
        Assert.Equal(3, Assert.Single(group[1].Activity!.Attachments!).Content!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_card_goes_out_as_version_1_5_without_media_and_carries_the_quick_replies_as_buttons()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "check"));
        await _host.RepliesAsync(2, "personal");

        await _host.SendAsync(Personal(_host.ServiceUrl, "Every night"));

        // One message: the text repeated the card's fallbackText, so only the card goes.
        var message = Assert.Single(await _host.RepliesAsync(1, "personal")).Activity!;
        await _host.AssertNoMoreRepliesAsync();
        Assert.Null(message.Text);
        Assert.Null(message.SuggestedActions);
        Assert.Equal("Which leg cramps?", message.Summary);
        var card = Assert.Single(message.Attachments!).Content!.AsObject();
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var body = card["body"]!.AsArray();
        Assert.DoesNotContain(body, e => e!["type"]!.GetValue<string>() == "Media");
        Assert.Contains(body, e => e!["type"]!.GetValue<string>() == "TextBlock" && e["text"]!.GetValue<string>() == "A calf stretch");
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Send", "Left", "Right"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("leg", actions[0]!["data"]!["kind"]!.GetValue<string>());
        Assert.Equal("Left", actions[1]!["data"]!["msteams"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_over_the_size_cap_arrives_as_several_messages_that_together_say_everything()
    {
        await _host.SendAsync(Personal(_host.ServiceUrl, "big"));

        var parts = new List<string>();
        while (true)
        {
            ConnectorRequest request;
            try
            {
                request = await _host.Connector.WaitForRequestAsync(TimeSpan.FromSeconds(3));
            }
            catch (OperationCanceledException)
            {
                break;
            }

            TeamsTestHost.AssertWithinTeamsLimits(request, "personal");
            parts.Add(request.Activity!.Text!);
        }

        var paragraph = string.Concat(Enumerable.Repeat("Stretch your calf gently and hold it. ", 20)).Trim();
        Assert.InRange(parts.Count, 2, 5);
        Assert.Equal(string.Join("\n\n", Enumerable.Repeat(paragraph, 100)), string.Join("\n\n", parts));
    }

    [Fact]
    public void The_checker_flags_what_Teams_would_not_show()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.6",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(new JsonObject { ["type"] = "Media" }) }),
        };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = new string('x', 60_000),
            ["attachments"] = new JsonArray(
                new JsonObject { ["contentType"] = Attachment.AdaptiveCardContentType, ["content"] = card },
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.video", ["content"] = new JsonObject() }),
            ["suggestedActions"] = new JsonObject { ["actions"] = new JsonArray([.. Enumerable.Range(1, 4).Select(i => (JsonNode)new JsonObject { ["type"] = i == 4 ? "postBack" : "imBack", ["title"] = $"{i}" })]) },
        };

        var violations = TeamsLimitsChecker.Violations(activity.ToJsonString(), "groupChat");

        Assert.Equal(9, violations.Count);
        Assert.Contains(violations, v => v.Contains("UTF-16", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("text and attachments", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("at most 3", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("with attachments", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("personal chat only", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("other than imBack", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("video", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("version '1.6'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Media element", StringComparison.Ordinal));
    }
}
