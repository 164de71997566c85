using CrampBot.BotFramework.Builder;
using CrampBot.E2E.Tests.Infrastructure;
using Xunit;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>
/// The page's language switch with the real CrampBot: before the user has said anything, the greeting and its
/// quick replies follow the chosen language, both ways; once the user has spoken, the conversation is kept and
/// the bot answers in the chosen language from the next message on.
/// </summary>
public sealed class PageLanguageSwitchTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string EnglishWelcome = "I help with leg cramps that strike at night";
    private const string ChineseWelcome = "你好，我是 CrampBot";

    private static readonly string[] EnglishMainChoices =
        ["Why do my legs cramp at night?", "I have a cramp right now", "Check my symptoms", "How to prevent cramps"];

    private static readonly string[] ChineseMainChoices =
        ["为什么晚上腿会抽筋？", "我现在正在抽筋", "检查我的症状", "怎么预防抽筋"];

    protected override IBot? CreateBot() => null;

    [Fact]
    public async Task Switching_before_saying_anything_greets_again_in_the_chosen_language_and_back()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.ExpectQuickRepliesAsync(EnglishMainChoices);

        await Chat.LanguageSelect.SelectOptionAsync("zh-Hans");
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync(ChineseWelcome);
        await Chat.ExpectQuickRepliesAsync(ChineseMainChoices);
        Assert.Equal(0, await Chat.CountTextAsync(EnglishWelcome));
        Assert.Equal(0, await Chat.QuickReply("Check my symptoms").CountAsync());
        await Chat.ScreenshotAsync("language-switch-chinese-greeting");

        await Chat.LanguageSelect.SelectOptionAsync("en-US");
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.ExpectQuickRepliesAsync(EnglishMainChoices);
        Assert.Equal(0, await Chat.CountTextAsync(ChineseWelcome));
        Assert.Equal(0, await Chat.QuickReply("检查我的症状").CountAsync());
        await Chat.ScreenshotAsync("language-switch-english-greeting");
    }

    [Fact]
    public async Task Switching_after_the_user_has_spoken_keeps_the_conversation_and_the_bot_follows()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("Why do my legs cramp at night?").ClickAsync();
        await Chat.WaitForTextAsync("Most night cramps have no single cause");

        await Chat.LanguageSelect.SelectOptionAsync("zh-Hans");
        Assert.Equal("重新开始", await Chat.StartOverButton.InnerTextAsync());

        // The same conversation: what was said stays on screen, and the next answer is in Chinese.
        var answer = await Chat.SendAndReadReplyAsync("how can I stop them coming back");
        Assert.Equal(1, await Chat.CountTextAsync("Most night cramps have no single cause"));
        Assert.Equal(1, await Chat.CountTextAsync(EnglishWelcome));
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", answer);
        Assert.DoesNotMatch("[A-Za-z]{5,}", answer.Replace("CrampBot", string.Empty, StringComparison.Ordinal));
        await Chat.ScreenshotAsync("language-switch-mid-conversation");
    }
}
