using CrampBot.BotFramework.Builder;
using CrampBot.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>
/// The real page, the real Web Chat bundle and the built-in Direct Line, in headless Chromium, with a scripted
/// test bot (<see cref="ScriptedTestBot"/>) so these tests do not depend on CrampBot's wording. Tests of the real
/// conversation sit beside this class (WebChatWithCrampBotTests) and return null from CreateBot.
/// </summary>
public sealed class WebChatWithTestBotTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override IBot? CreateBot() => new ScriptedTestBot();

    [Fact]
    public async Task The_page_loads_and_welcomes_with_no_request_leaving_the_machine()
    {
        var started = DateTimeOffset.UtcNow;
        await OpenAsync();
        await Chat.WaitForTextAsync(ScriptedTestBot.Welcome + " [en-US]");
        var elapsed = DateTimeOffset.UtcNow - started;
        await Chat.ScreenshotAsync("page-loads");

        Assert.Equal("CrampBot", await Chat.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("Start over", await Chat.StartOverButton.InnerTextAsync());
        Assert.Contains(Network.Requests, r => r.EndsWith("/lib/webchat/webchat.js", StringComparison.Ordinal));
        Assert.Contains(Network.Requests, r => r.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal)); // the Direct Line stream
        Assert.Empty(Network.Outside);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"page to welcome took {elapsed}");
        TestContext.Current.TestOutputHelper?.WriteLine($"page load to welcome: {elapsed.TotalMilliseconds:F0} ms");

        // The layout holds on a phone-sized screen: header controls and send box stay on screen.
        await Chat.Page.SetViewportSizeAsync(390, 760);
        await Chat.ScreenshotAsync("page-loads-phone");
        Assert.True(await Chat.StartOverButton.IsVisibleAsync());
        var box = await Chat.SendBox.BoundingBoxAsync();
        Assert.True(box is { Y: < 760 } && box.X + box.Width <= 390, $"send box at {box?.X},{box?.Y} {box?.Width}x{box?.Height}");
    }

    [Fact]
    public async Task A_typed_message_gets_its_answer_and_is_not_marked_failed()
    {
        await OpenAsync();
        var reply = await Chat.SendAndReadReplyAsync("why does my calf cramp at night");
        Assert.Equal("Echo: why does my calf cramp at night", reply);
        await Chat.ScreenshotAsync("message-round-trip");

        // The echo arrived (with the server's id), so Web Chat does not offer a retry.
        Assert.Equal(0, await Chat.Page.GetByText("Send failed").CountAsync());
        Assert.Equal(1, await Chat.CountTextAsync("Echo: why does my calf cramp at night"));
    }

    [Fact]
    public async Task The_polling_transport_works_too()
    {
        await OpenAsync("?transport=polling");
        await Chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        await Chat.SendAsync("over polling");
        await Chat.WaitForTextAsync("Echo: over polling");
        await Chat.ScreenshotAsync("polling-round-trip");
        Assert.DoesNotContain(Network.Requests, r => r.StartsWith("ws:", StringComparison.Ordinal));
        Assert.Contains(Network.Requests, r => r.Contains("/activities?watermark=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_suggested_action_click_sends_its_value()
    {
        await OpenAsync();
        await Chat.SendAsync("choices");
        await Chat.WaitForTextAsync("Where is the cramp?");
        await Chat.ScreenshotAsync("suggested-actions-shown");
        await Chat.ClickSuggestedActionAsync("Foot");
        await Chat.WaitForTextAsync("Echo: Foot");
        await Chat.ScreenshotAsync("suggested-action-clicked");
    }

    [Fact]
    public async Task An_adaptive_card_renders_and_its_submit_button_drives_a_reply()
    {
        await OpenAsync();
        await Chat.SendAsync("card");
        await Chat.LastCard.WaitForAsync(new() { Timeout = (float)WebChatPage.Patience.TotalMilliseconds });
        Assert.Contains("Rate the cramp from 0 to 10", await Chat.LastCard.InnerTextAsync(), StringComparison.Ordinal);
        await Chat.LastCard.Locator("input").First.FillAsync("7");
        await Chat.ScreenshotAsync("adaptive-card");
        await Chat.LastCard.GetByRole(AriaRole.Button, new() { Name = "Send severity" }).ClickAsync();
        await Chat.WaitForTextAsync("Severity received: 7");
        await Chat.ScreenshotAsync("adaptive-card-submitted");
    }

    [Fact]
    public async Task A_reload_keeps_the_history_and_the_conversation_carries_on()
    {
        await OpenAsync();
        await Chat.SendAsync("before the reload");
        await Chat.WaitForTextAsync("Echo: before the reload");

        await Chat.Page.ReloadAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync("Echo: before the reload");
        Assert.Equal(1, await Chat.CountTextAsync(ScriptedTestBot.Welcome)); // same conversation: one welcome, not two

        await Chat.SendAsync("after the reload");
        await Chat.WaitForTextAsync("Echo: after the reload");
        await Chat.ScreenshotAsync("reload-keeps-history");
        Assert.Equal(1, await Chat.CountTextAsync(ScriptedTestBot.Welcome));
    }

    [Fact]
    public async Task Start_over_begins_a_new_conversation()
    {
        await OpenAsync();
        await Chat.SendAsync("old conversation");
        await Chat.WaitForTextAsync("Echo: old conversation");

        await Chat.StartOverButton.ClickAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        Assert.Equal(0, await Chat.CountTextAsync("old conversation"));
        await Chat.ScreenshotAsync("start-over");
    }

    [Fact]
    public async Task Choosing_Chinese_relabels_the_page_and_Web_Chat_and_the_bot_gets_the_locale()
    {
        await OpenAsync();
        await Chat.LanguageSelect.SelectOptionAsync("zh-Hans");
        // Nothing was said yet, so the page starts the conversation again in Chinese: wait for that greeting, or
        // the next message could race the switch into the old conversation.
        await Chat.WaitForTextAsync(ScriptedTestBot.Welcome + " [zh-Hans]");
        Assert.Equal("重新开始", await Chat.StartOverButton.InnerTextAsync());
        Assert.Equal("zh-Hans", await Chat.Page.Locator("html").GetAttributeAsync("lang"));
        // Web Chat relabels itself too: its send box no longer speaks English.
        await Assertions.Expect(Chat.SendBox).Not.ToHaveAttributeAsync("placeholder", "Type your message");

        await Chat.SendAsync("locale?");
        await Chat.WaitForTextAsync("Your locale is zh-Hans");

        // A new conversation in Chinese is welcomed in Chinese (the locale travels with the start).
        await Chat.StartOverButton.ClickAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync(ScriptedTestBot.Welcome + " [zh-Hans]");
        await Chat.ScreenshotAsync("chinese");

        // The choice survives a reload.
        await Chat.Page.ReloadAsync();
        await Chat.WaitUntilReadyAsync();
        Assert.Equal("重新开始", await Chat.StartOverButton.InnerTextAsync());
    }
}
