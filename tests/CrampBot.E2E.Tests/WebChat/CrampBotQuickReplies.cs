using CrampBot.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>
/// The quick replies CrampBot offers, read and clicked as a user would, by their exact label. The real bot's
/// labels overlap ("No" / "Not sure" / "None of these", "没有" / "都没有"), so a substring match would be ambiguous,
/// and the toolbar's accessible name changes with Web Chat's language, so the buttons are found by Web Chat's
/// suggested-actions container rather than by the English name <see cref="WebChatPage.SuggestedActions"/> uses.
/// </summary>
public static class CrampBotQuickReplies
{
    private static float Patience => (float)WebChatPage.Patience.TotalMilliseconds;

    /// <summary>The quick-reply button labelled exactly <paramref name="label"/>.</summary>
    public static ILocator QuickReply(this WebChatPage chat, string label) =>
        chat.Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>Waits until every one of <paramref name="labels"/> is shown as a quick reply.</summary>
    public static async Task ExpectQuickRepliesAsync(this WebChatPage chat, params string[] labels)
    {
        foreach (var label in labels)
        {
            await Assertions.Expect(chat.QuickReply(label)).ToBeVisibleAsync(new() { Timeout = Patience });
        }
    }

    /// <summary>Waits for the bot's message containing <paramref name="question"/>, then clicks the quick reply <paramref name="answer"/>.</summary>
    public static async Task AnswerAsync(this WebChatPage chat, string question, string answer)
    {
        await chat.WaitForTextAsync(question);
        await chat.QuickReply(answer).ClickAsync(new() { Timeout = Patience });
        await chat.Bubbles(answer).Last.WaitForAsync(new() { Timeout = Patience }); // the click was sent as the user's message
    }

    /// <summary>Waits until the newest Adaptive Card contains <paramref name="text"/>; returns the card's visible text.</summary>
    public static async Task<string> WaitForCardAsync(this WebChatPage chat, string text)
    {
        await Assertions.Expect(chat.LastCard).ToContainTextAsync(text, new() { Timeout = Patience });
        return await chat.LastCard.InnerTextAsync();
    }
}
