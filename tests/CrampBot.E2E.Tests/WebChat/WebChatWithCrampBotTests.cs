using CrampBot.BotFramework.Builder;
using CrampBot.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>
/// The real CrampBot (CreateBot returns null) behind the real page, Web Chat bundle and built-in Direct Line, in
/// headless Chromium: what a user sees and clicks, in English and Chinese. Wording comes from
/// dialogs/conversation.*.yaml and dialogs/messages.*.yaml; click sequences follow dialogs/transcripts/*.chat.
/// Answers are checked by meaning (a few words the real answer must carry), cards by their visible text.
/// Every test saves screenshots to the test output's artifacts/screenshots/ folder.
/// </summary>
public sealed class WebChatWithCrampBotTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string EnglishWelcome = "I help with leg cramps that strike at night"; // Web Chat typesets apostrophes (I’m), so match none
    private const string ChineseWelcome = "你好，我是 CrampBot";

    private static readonly string[] EnglishMainChoices =
        ["Why do my legs cramp at night?", "I have a cramp right now", "Check my symptoms", "How to prevent cramps", "中文 / English"];

    private static readonly string[] ChineseMainChoices =
        ["为什么晚上腿会抽筋？", "我现在正在抽筋", "检查我的症状", "怎么预防抽筋", "中文 / English"];

    protected override IBot? CreateBot() => null;

    [Fact]
    public async Task The_welcome_appears_with_its_quick_replies()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.ExpectQuickRepliesAsync(EnglishMainChoices);
        await Chat.ScreenshotAsync("crampbot-welcome");

        var welcome = await Chat.BotBubbles.First.InnerTextAsync();
        Assert.Contains("not a diagnosis", welcome, StringComparison.Ordinal); // says it is not a doctor
        Assert.Equal(1, await Chat.CountTextAsync(EnglishWelcome));
    }

    [Fact]
    public async Task A_typed_why_question_gets_an_answer_about_causes()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);

        var answer = await Chat.SendAndReadReplyAsync("why does my calf cramp at night");
        await Chat.ScreenshotAsync("crampbot-why-answer");

        Assert.Contains("cause", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("muscle", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sorry", answer, StringComparison.Ordinal); // not "Sorry, I didn’t follow that"
        await Chat.ExpectQuickRepliesAsync("Check my symptoms", "How to prevent cramps");
        Assert.Equal(0, await Chat.Page.GetByText("Send failed").CountAsync());
    }

    [Fact]
    public async Task A_symptom_check_done_with_quick_replies_ends_in_an_advice_card()
    {
        // dialogs/transcripts/en-02-check-buttons.chat, clicked button by button.
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("Check my symptoms").ClickAsync();
        await Chat.WaitForTextAsync("look at your cramps");

        // The emergency signs first, as one card of tick boxes; "None of these" answers it in one tap.
        var emergency = await Chat.WaitForCardAsync("First, the signs that need help straight away");
        Assert.Contains("Dark urine", emergency, StringComparison.Ordinal);
        Assert.True(await Chat.LastCard.Locator("input[type='checkbox']").CountAsync() >= 4, "each emergency sign should be its own tick box");
        await Chat.ScreenshotAsync("crampbot-check-emergency-checklist");
        await Chat.QuickReply("None of these").ClickAsync();
        await Chat.WaitForCardAsync("Next, signs a doctor should see today");
        await Chat.QuickReply("None of these").ClickAsync();
        await Chat.AnswerAsync("When one comes, how long does it usually last", "1 to 10 minutes");
        await Chat.WaitForCardAsync("Do you also have any of these");
        await Chat.QuickReply("None of these").ClickAsync();
        await Chat.WaitForCardAsync("Do any of these apply to you");
        await Chat.QuickReply("None of these").ClickAsync();
        await Chat.AnswerAsync("How often do the cramps come", "3 or more times a week");

        var card = await Chat.WaitForCardAsync("When to see a doctor");
        await Chat.LastCard.ScrollIntoViewIfNeededAsync();
        await Chat.ScreenshotAsync("crampbot-check-advice");

        Assert.Contains("What I make of it", card, StringComparison.Ordinal);
        Assert.Contains("How soon to see someone", card, StringComparison.Ordinal);
        Assert.Contains("ordinary appointment", card, StringComparison.Ordinal); // three a week: see a doctor, not urgently
        Assert.Contains("not a doctor", card, StringComparison.Ordinal); // the disclaimer
        Assert.DoesNotContain("quinine", card, StringComparison.OrdinalIgnoreCase);
        Assert.True(await Chat.LastCard.Locator(".ac-textBlock").CountAsync() >= 5, "the advice card should have its title, headings and lines");
        await Chat.ExpectQuickRepliesAsync("Bedtime stretches", "How to prevent cramps", "Why do my legs cramp at night?");
    }

    [Fact]
    public async Task The_stretch_step_card_renders_and_its_Done_button_eases_the_cramp()
    {
        // CrampBot's cards (src/CrampBot.Bot/Replies/AdaptiveCard.cs) hold text blocks only; the step card's buttons
        // are the "Done" / "Still hurts" quick replies sent with it (StretchStepPrompt).
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("I have a cramp right now").ClickAsync();

        var card = await Chat.WaitForCardAsync("Easing a cramp");
        Assert.Contains("Straighten your knee", card, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 5", card, StringComparison.Ordinal);
        await Assertions.Expect(Chat.LastCard.Locator(".ac-textBlock").First).ToHaveTextAsync("Easing a cramp");
        await Chat.ExpectQuickRepliesAsync("Done", "Still hurts");
        await Chat.ScreenshotAsync("crampbot-stretch-card");

        await Chat.QuickReply("Done").ClickAsync();
        await Chat.WaitForTextAsync("glad it has eased");
        await Chat.WaitForCardAsync("First, the signs that need help straight away");
        await Chat.ExpectQuickRepliesAsync("None of these", "Not sure");
        await Chat.ScreenshotAsync("crampbot-stretch-card-done");
        Assert.Equal(1, await Chat.Transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Easing a cramp" }).CountAsync()); // eased at once: no second step
    }

    [Fact]
    public async Task The_stretch_walkthrough_goes_one_step_at_a_time_until_the_cramp_eases()
    {
        // dialogs/transcripts/en-13 and en-14: "Still hurts" moves on a step, "Done" ends it, then the quick check.
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.SendAsync("I have a cramp right now");
        await Chat.WaitForTextAsync("ease it now");
        Assert.Contains("Step 1 of 5", await Chat.WaitForCardAsync("Straighten your knee"), StringComparison.Ordinal);

        await Chat.QuickReply("Still hurts").ClickAsync();
        var step2 = await Chat.WaitForCardAsync("Step 2 of 5");
        Assert.Contains("Hold the stretch", step2, StringComparison.Ordinal);

        await Chat.QuickReply("Still hurts").ClickAsync();
        var step3 = await Chat.WaitForCardAsync("Step 3 of 5");
        Assert.Contains("Rub the knotted muscle", step3, StringComparison.Ordinal);
        Assert.Equal(3, await Chat.Transcript.Locator(".ac-adaptiveCard").CountAsync()); // one card per step, none skipped
        await Chat.ScreenshotAsync("crampbot-stretch-step-3");

        await Chat.QuickReply("Done").ClickAsync();
        await Chat.WaitForTextAsync("glad it has eased");
        await Chat.WaitForCardAsync("First, the signs that need help straight away");
        await Chat.ScreenshotAsync("crampbot-stretch-walkthrough");
        Assert.Equal(3, await Chat.Transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Easing a cramp" }).CountAsync());
    }

    [Fact]
    public async Task A_sign_ticked_on_the_emergency_checklist_and_sent_brings_the_emergency_advice()
    {
        // The checklist card's tick boxes and Send button (Input.Toggle, Action.Submit) go through Direct Line as the
        // message's value; the bot reads the ticked sign.
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("Check my symptoms").ClickAsync();
        await Chat.WaitForCardAsync("First, the signs that need help straight away");

        await Chat.LastCard.GetByText("Dark urine, like tea or cola").ClickAsync();
        await Chat.LastCard.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        var card = await Chat.WaitForCardAsync("When to see a doctor");
        Assert.Contains("911", card, StringComparison.Ordinal);
        Assert.Contains("urgent help right now", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_Chinese_from_the_welcome_gets_Chinese_answers()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("中文 / English").ClickAsync();
        await Chat.WaitForTextAsync("接下来我用中文");
        await Chat.ExpectQuickRepliesAsync(ChineseMainChoices);

        var answer = await Chat.SendAndReadReplyAsync("为什么晚上腿会抽筋？");
        Assert.Contains("原因", answer, StringComparison.Ordinal);
        Assert.Contains("肌肉", answer, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", answer); // Chinese, not English
        await Chat.ExpectQuickRepliesAsync("检查我的症状", "怎么预防抽筋");
        await Chat.ScreenshotAsync("crampbot-chinese-why");
    }

    [Fact]
    public async Task A_Chinese_page_is_welcomed_in_Chinese_and_answers_in_Chinese()
    {
        await OpenAsync();
        await Chat.LanguageSelect.SelectOptionAsync("zh-Hans");
        await Chat.StartOverButton.ClickAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync(ChineseWelcome);
        await Chat.ExpectQuickRepliesAsync(ChineseMainChoices);
        await Chat.ScreenshotAsync("crampbot-chinese-welcome");

        await Chat.QuickReply("为什么晚上腿会抽筋？").ClickAsync();
        await Chat.WaitForTextAsync("夜里腿抽筋大多找不到单一的原因");
        var answer = await Chat.BotBubbles.Last.InnerTextAsync();
        Assert.Contains("肌肉", answer, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", answer);
        await Chat.ExpectQuickRepliesAsync("检查我的症状", "怎么预防抽筋");
        await Chat.ScreenshotAsync("crampbot-chinese-page-why");
    }

    [Fact]
    public async Task A_cramp_described_in_Chinese_is_eased_step_by_step_in_Chinese()
    {
        // dialogs/transcripts/zh-25: a Chinese message under an English locale is answered in Chinese.
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.SendAsync("抽筋了怎么办");
        await Chat.WaitForTextAsync("我们现在就来缓解");
        var card = await Chat.WaitForCardAsync("缓解抽筋");
        Assert.Contains("把膝盖伸直", card, StringComparison.Ordinal);
        await Chat.ExpectQuickRepliesAsync("好了", "还在疼");
        await Chat.ScreenshotAsync("crampbot-chinese-stretch-card");

        await Chat.QuickReply("好了").ClickAsync();
        await Chat.WaitForTextAsync("太好了，抽筋缓解了");
        await Chat.WaitForCardAsync("先看需要马上求助的情况");
        await Chat.ExpectQuickRepliesAsync("都没有", "不清楚");
        await Chat.ScreenshotAsync("crampbot-chinese-eased");
    }

    [Fact]
    public async Task A_reload_keeps_the_conversation_with_CrampBot_and_it_carries_on()
    {
        await OpenAsync();
        await Chat.WaitForTextAsync(EnglishWelcome);
        await Chat.QuickReply("Why do my legs cramp at night?").ClickAsync();
        await Chat.WaitForTextAsync("Most night cramps have no single cause");

        await Chat.Page.ReloadAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync("Most night cramps have no single cause");
        Assert.Equal(1, await Chat.CountTextAsync(EnglishWelcome)); // the same conversation: welcomed once, not again

        await Chat.QuickReply("How to prevent cramps").ClickAsync();
        await Chat.WaitForTextAsync("Stretching your calves");
        await Chat.ScreenshotAsync("crampbot-reload-keeps-history");
        Assert.Equal(1, await Chat.CountTextAsync(EnglishWelcome));
        Assert.Equal(1, await Chat.CountTextAsync("Most night cramps have no single cause"));
    }
}
