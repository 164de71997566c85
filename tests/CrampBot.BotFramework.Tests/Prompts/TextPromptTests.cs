using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task Any_text_is_an_answer()
    {
        var client = PromptHarness.For(new TextPrompt("text"), PromptHarness.Ask("Your name?"));
        await client.Flow().Send("hi").AssertReply("Your name?").Send("  Ann ").AssertReply("result: Ann").StartTestAsync();
    }

    [Fact]
    public async Task A_blank_answer_gets_the_retry_prompt()
    {
        var client = PromptHarness.For(new TextPrompt("text"), PromptHarness.Ask("Your name?", "Please type your name."));
        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("   ").AssertReply("Please type your name.")
            .Send("Ann").AssertReply("result: Ann")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_question_is_repeated()
    {
        var client = PromptHarness.For(new TextPrompt("text"), PromptHarness.Ask("Your name?"));
        await client.Flow().Send("hi").AssertReply("Your name?").Send(" ").AssertReply("Your name?").StartTestAsync();
    }

    [Fact]
    public async Task The_validator_decides_and_its_own_reply_replaces_the_retry_prompt()
    {
        var prompt = new TextPrompt("text", async (pc, ct) =>
        {
            if (pc.Recognized.Value?.Length >= 2)
            {
                return true;
            }

            await pc.Context.SendActivityAsync($"Too short (try {pc.AttemptCount}).", cancellationToken: ct);
            return false;
        });
        var client = PromptHarness.For(prompt, PromptHarness.Ask("Your name?", "Retry?"));
        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("A").AssertReply("Too short (try 1).").AssertNoReply()
            .Send("Al").AssertReply("result: Al")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_maximum_of_attempts_the_dialog_gets_not_recognised()
    {
        var prompt = new TextPrompt("text", (pc, _) => Task.FromResult(pc.Recognized.Value == "secret"));
        var client = PromptHarness.For(prompt, PromptHarness.Ask("Password?", "Wrong, again?"));
        await client.Flow()
            .Send("hi").AssertReply("Password?")
            .Send("a").AssertReply("Wrong, again?")
            .Send("b").AssertReply("Wrong, again?")
            .Send("c").AssertReply("not recognised after 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_options_can_raise_or_remove_the_limit()
    {
        var options = PromptHarness.Ask("Password?", "Again?");
        options.MaxAttempts = 1;
        var client = PromptHarness.For(new TextPrompt("text", (pc, _) => Task.FromResult(false)), options);
        await client.Flow().Send("hi").AssertReply("Password?").Send("x").AssertReply("not recognised after 1").StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var client = PromptHarness.For(new TextPrompt("text"), PromptHarness.Ask("Your name?"));
        await client.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate }).AssertNoReply()
            .Send("Ann").AssertReply("result: Ann")
            .StartTestAsync();
    }
}
