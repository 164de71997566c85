using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes!", true)]
    [InlineData("yeah, most nights", true)]
    [InlineData("ok", true)]
    [InlineData("no", false)]
    [InlineData("Nope.", false)]
    [InlineData("not really", false)]
    [InlineData("是", true)]
    [InlineData("是的，经常", true)]
    [InlineData("对", true)]
    [InlineData("嗯", true)]
    [InlineData("有", true)]
    [InlineData("没错", true)]
    [InlineData("不是", false)]
    [InlineData("没有", false)]
    [InlineData("不", false)]
    [InlineData("否", false)]
    [InlineData("没有。", false)]
    [InlineData("ＹＥＳ", true)]
    public void Yes_and_no_in_english_and_chinese(string text, bool expected) =>
        Assert.Equal(expected, ConfirmPrompt.RecognizeYesNo(text));

    [Theory]
    [InlineData("maybe")]
    [InlineData("yesterday")]
    [InlineData("nothing to say")]
    [InlineData("可能吧")]
    [InlineData("不知道")]
    [InlineData("不确定")]
    [InlineData("no idea")]
    [InlineData("not sure")]
    [InlineData("")]
    public void Other_answers_are_neither(string text) => Assert.Null(ConfirmPrompt.RecognizeYesNo(text));

    [Theory]
    [InlineData("en-US", "Yes", "No")]
    [InlineData("zh-Hans", "是", "否")]
    [InlineData("zh-CN", "是", "否")]
    public async Task The_question_offers_buttons_in_the_users_language(string locale, string yes, string no)
    {
        var client = PromptHarness.For(new ConfirmPrompt("c"), PromptHarness.Ask("Now?"), locale);
        await client.Flow()
            .Send("hi").AssertReply(reply =>
            {
                Assert.Equal("Now?", reply.Text);
                Assert.Equal([yes, no], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .Send(no).AssertReply("result: False")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", false)]
    public async Task A_button_number_is_an_answer(string text, bool expected)
    {
        var client = PromptHarness.For(new ConfirmPrompt("c"), PromptHarness.Ask("Now?"));
        await client.Flow().Send("hi").AssertReply("Now?").Send(text).AssertReply($"result: {expected}").StartTestAsync();
    }

    [Fact]
    public async Task An_unclear_answer_gets_the_retry_prompt_with_buttons_then_gives_up()
    {
        var client = PromptHarness.For(new ConfirmPrompt("c"), PromptHarness.Ask("有抽筋吗？", "请回答是或否。"), "zh-Hans");
        await client.Flow()
            .Send("hi").AssertReply("有抽筋吗？")
            .Send("可能吧").AssertReply(reply =>
            {
                Assert.Equal("请回答是或否。", reply.Text);
                Assert.Equal(["是", "否"], reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("不知道呢").AssertReply("请回答是或否。")
            .Send("随便").AssertReply("not recognised after 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Custom_buttons_and_list_styles()
    {
        var prompt = new ConfirmPrompt("c") { ConfirmChoices = (new Choice("Sure"), new Choice("Not now")), Style = ListStyle.Inline };
        var client = PromptHarness.For(prompt, PromptHarness.Ask("Stretch?"));
        await client.Flow().Send("hi").AssertReply("Stretch? (1) Sure or (2) Not now").Send("not now").AssertReply("result: False").StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var client = PromptHarness.For(new ConfirmPrompt("c"), PromptHarness.Ask("Now?"));
        await client.Flow()
            .Send("hi").AssertReply("Now?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .Send("yes").AssertReply("result: True")
            .StartTestAsync();
    }
}
