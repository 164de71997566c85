using System.Globalization;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("en-US", "3", 3)]
    [InlineData("en-US", "about 4 times a week", 4)]
    [InlineData("en-US", "five", 5)]
    [InlineData("en-US", "twice", 2)]
    [InlineData("en-US", "1,200", 1200)]
    [InlineData("zh-Hans", "三", 3)]
    [InlineData("zh-Hans", "十五次", 15)]
    [InlineData("zh-Hans", "大概两次", 2)]
    [InlineData("zh-Hans", "一百零五", 105)]
    [InlineData("zh-Hans", "２０", 20)]
    [InlineData("zh-Hans", "每周3次", 3)]
    public async Task Integers_are_read_in_the_users_language(string locale, string answer, int expected)
    {
        var client = PromptHarness.For(new NumberPrompt<int>("n"), PromptHarness.Ask("How many?"), locale);
        await client.Flow().Send("hi").AssertReply("How many?").Send(answer).AssertReply($"result: {expected}").StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "2.5", 2.5)]
    [InlineData("de-DE", "2,5", 2.5)]
    [InlineData("de-DE", "1.234,5", 1234.5)]
    [InlineData("fr-FR", "environ 7,25", 7.25)]
    [InlineData("zh-Hans", "1.5", 1.5)]
    public async Task Decimals_use_the_cultures_separators(string locale, string answer, double expected)
    {
        var client = PromptHarness.For(new NumberPrompt<double>("n"), PromptHarness.Ask("How long?"), locale, r => ((double)r!).ToString(CultureInfo.InvariantCulture));
        await client.Flow().Send("hi").AssertReply("How long?").Send(answer).AssertReply($"result: {expected.ToString(CultureInfo.InvariantCulture)}").StartTestAsync();
    }

    [Theory]
    [InlineData("many")]
    [InlineData("2.5")]
    [InlineData("99999999999")]
    [InlineData("不知道")]
    public async Task Non_numbers_fractions_and_overflow_are_not_an_int(string answer)
    {
        var client = PromptHarness.For(new NumberPrompt<int>("n"), PromptHarness.Ask("How many?", "A whole number, please."));
        await client.Flow().Send("hi").AssertReply("How many?").Send(answer).AssertReply("A whole number, please.").StartTestAsync();
    }

    [Fact]
    public async Task A_validator_can_enforce_a_range_and_the_limit_ends_the_prompt()
    {
        var prompt = new NumberPrompt<int>("n", (pc, _) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value is >= 0 and <= 10));
        var client = PromptHarness.For(prompt, PromptHarness.Ask("Severity 0-10?", "From 0 to 10, please."));
        await client.Flow()
            .Send("hi").AssertReply("Severity 0-10?")
            .Send("11").AssertReply("From 0 to 10, please.")
            .Send("lots").AssertReply("From 0 to 10, please.")
            .Send("7").AssertReply("result: 7")
            .StartTestAsync();

        var giveUp = PromptHarness.For(prompt, PromptHarness.Ask("Severity 0-10?", "From 0 to 10, please."));
        await giveUp.Flow()
            .Send("hi").AssertReply("Severity 0-10?")
            .Send("11").AssertReply("From 0 to 10, please.")
            .Send("12").AssertReply("From 0 to 10, please.")
            .Send("13").AssertReply("not recognised after 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var client = PromptHarness.For(new NumberPrompt<int>("n"), PromptHarness.Ask("How many?"));
        await client.Flow()
            .Send("hi").AssertReply("How many?")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" }).AssertNoReply()
            .Send("2").AssertReply("result: 2")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("一千零一", 1001)]
    [InlineData("两万三千", 23000)]
    [InlineData("零", 0)]
    public void Chinese_numerals(string text, long expected)
    {
        Assert.True(NumberText.TryParseChinese(text, out var value));
        Assert.Equal(expected, value);
    }
}
