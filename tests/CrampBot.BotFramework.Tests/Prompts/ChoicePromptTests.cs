using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly IList<Choice> Places =
    [
        new("Calf") { Synonyms = ["小腿", "lower leg"] },
        new("Foot") { Synonyms = ["脚", "sole"] },
        new("Thigh") { Synonyms = ["大腿"] },
    ];

    private static PromptOptions Ask(ListStyle? style = null, string? retry = null) => new()
    {
        Prompt = new Activity { Type = ActivityTypes.Message, Text = "Where?" },
        RetryPrompt = retry is null ? null : new Activity { Type = ActivityTypes.Message, Text = retry },
        Choices = Places,
        Style = style,
    };

    private static string Show(object? result) => result is FoundChoice found ? $"{found.Value}#{found.Index}" : "?";

    [Theory]
    [InlineData("Calf", "Calf#0")]
    [InlineData("foot", "Foot#1")]
    [InlineData("小腿", "Calf#0")]
    [InlineData("the sole", "Foot#1")]
    [InlineData("2", "Foot#1")]
    [InlineData("#3", "Thigh#2")]
    [InlineData("the second one", "Foot#1")]
    [InlineData("third", "Thigh#2")]
    [InlineData("第一个", "Calf#0")]
    [InlineData("第三", "Thigh#2")]
    [InlineData("最后一个", "Thigh#2")]
    [InlineData("my calf hurts", "Calf#0")]
    [InlineData("是大腿", "Thigh#2")]
    public async Task Matches_by_value_synonym_number_ordinal_or_mention(string answer, string expected)
    {
        var client = PromptHarness.For(new ChoicePrompt("choice"), Ask(), show: Show);
        await client.Flow().Send("hi").AssertReply("Where?").Send(answer).AssertReply($"result: {expected}").StartTestAsync();
    }

    [Fact]
    public async Task Renders_as_suggested_actions_by_default()
    {
        var client = PromptHarness.For(new ChoicePrompt("choice"), Ask());
        await client.Flow().Send("hi").AssertSuggestedActions("Calf", "Foot", "Thigh").StartTestAsync();
    }

    [Fact]
    public async Task Renders_as_a_numbered_list_or_inline_when_asked()
    {
        var list = PromptHarness.For(new ChoicePrompt("choice"), Ask(ListStyle.List));
        await list.Flow().Send("hi").AssertReply("Where?\n\n   1. Calf\n   2. Foot\n   3. Thigh").StartTestAsync();

        var inline = PromptHarness.For(new ChoicePrompt("choice") { Style = ListStyle.Inline }, Ask(), "zh-Hans");
        await inline.Flow().Send("hi").AssertReply("Where? （1）Calf、（2）Foot或（3）Thigh").StartTestAsync();

        var english = PromptHarness.For(new ChoicePrompt("choice"), Ask(ListStyle.Inline));
        await english.Flow().Send("hi").AssertReply("Where? (1) Calf, (2) Foot, or (3) Thigh").StartTestAsync();
    }

    [Theory]
    [InlineData("elbow")]
    [InlineData("4")]
    [InlineData("calf or foot")]
    public async Task No_match_ambiguity_or_out_of_range_gets_the_retry_prompt(string answer)
    {
        var client = PromptHarness.For(new ChoicePrompt("choice"), Ask(retry: "Pick one of the buttons."));
        await client.Flow()
            .Send("hi").AssertReply("Where?")
            .Send(answer).AssertReply(reply =>
            {
                Assert.Equal("Pick one of the buttons.", reply.Text);
                Assert.Equal(3, reply.SuggestedActions!.Actions.Count);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Gives_up_after_the_maximum_of_attempts()
    {
        var client = PromptHarness.For(new ChoicePrompt("choice") { MaxAttempts = 2 }, Ask(retry: "Again?"));
        await client.Flow()
            .Send("hi").AssertReply("Where?")
            .Send("elbow").AssertReply("Again?")
            .Send("knee").AssertReply("not recognised after 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_sees_the_found_choice()
    {
        var prompt = new ChoicePrompt("choice", (pc, _) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value!.Value != "Thigh"));
        var client = PromptHarness.For(prompt, Ask(retry: "Not that one."), show: Show);
        await client.Flow()
            .Send("hi").AssertReply("Where?")
            .Send("thigh").AssertReply("Not that one.")
            .Send("calf").AssertReply("result: Calf#0")
            .StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var client = PromptHarness.For(new ChoicePrompt("choice"), Ask(), show: Show);
        await client.Flow()
            .Send("hi").AssertReply("Where?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .Send("foot").AssertReply("result: Foot#1")
            .StartTestAsync();
    }
}
