using Microsoft.Playwright;

namespace CrampBot.E2E.Tests.Infrastructure;

/// <summary>
/// The CrampBot page as a user sees it: type and send, read the transcript, click quick replies and card buttons.
/// Text is looked up in message bubbles only: Web Chat also writes screen-reader text ("You said: …", "Bot CB said: …")
/// and an aria-live copy of each message, which would otherwise match too.
/// </summary>
public sealed class WebChatPage
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public WebChatPage(IPage page)
    {
        Page = page;
    }

    public IPage Page { get; }

    public ILocator Transcript => Page.Locator(".webchat__basic-transcript");

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator StartOverButton => Page.Locator("#start-over");

    public ILocator LanguageSelect => Page.Locator("#language");

    /// <summary>The newest Adaptive Card in the transcript.</summary>
    public ILocator LastCard => Transcript.Locator(".ac-adaptiveCard").Last;

    public ILocator SuggestedActions => Page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" });

    /// <summary>
    /// Waits until the page's Direct Line is online (the page hides its status line) and Web Chat's own
    /// connectivity notice ("Connecting…", shown briefly after connecting) is gone, so screenshots show a settled page.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        await SendBox.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await Page.Locator("#status").WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = (float)Patience.TotalMilliseconds });
        await Page.WaitForFunctionAsync(
            """
            () => ![...document.querySelectorAll('#webchat *')].some(e =>
              e.children.length === 0 && e.offsetParent !== null && /Connecting|正在连接/.test(e.textContent))
            """,
            null,
            new() { Timeout = (float)Patience.TotalMilliseconds, PollingInterval = 100 });
    }

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>The message bubbles (user's and bot's) whose text contains <paramref name="text"/>.</summary>
    public ILocator Bubbles(string text) => Transcript.Locator(".webchat__bubble__content").Filter(new() { HasText = text });

    /// <summary>Waits until a message bubble containing <paramref name="text"/> is shown.</summary>
    public Task WaitForTextAsync(string text) =>
        Bubbles(text).First.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>How many message bubbles contain <paramref name="text"/> right now.</summary>
    public Task<int> CountTextAsync(string text) => Bubbles(text).CountAsync();

    /// <summary>The bot's message bubbles, oldest first.</summary>
    public ILocator BotBubbles => Transcript.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    /// <summary>
    /// Sends <paramref name="text"/> and waits for the bot's next message, whatever it says; returns its text. For
    /// content tests that check meaning (keywords, a language) rather than exact wording.
    /// </summary>
    public async Task<string> SendAndReadReplyAsync(string text)
    {
        var before = await BotBubbles.CountAsync();
        await SendAsync(text);
        await Bubbles(text).Last.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await BotBubbles.Nth(before).WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        return await BotBubbles.Nth(before).InnerTextAsync();
    }

    public Task ClickSuggestedActionAsync(string title) =>
        SuggestedActions.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Saves a full-page screenshot to the test output's artifacts/screenshots/ folder; returns the path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public static string ScreenshotDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
