using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Hosting;

/// <summary>What the bot tells the user when a turn fails. Register your own to word it from a message catalogue.</summary>
public interface ITurnErrorReply
{
    Activity Create(ITurnContext turnContext);
}

/// <summary>
/// A one-sentence apology in the user's language: Chinese when the locale is <c>zh*</c> or the user wrote Han
/// characters (a Chinese speaker with an English browser still reads Chinese best), English otherwise.
/// </summary>
public sealed class DefaultTurnErrorReply : ITurnErrorReply
{
    public const string English = "Sorry, something went wrong on my side. Let's start again: please send your message once more.";
    public const string Chinese = "抱歉，我这边出了点问题。我们重新开始吧：请再发一次您的消息。";

    public Activity Create(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return MessageFactory.Text(PrefersChinese(turnContext.Activity) ? Chinese : English);
    }

    public static bool PrefersChinese(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true || ContainsHan(activity.Text);
    }

    private static bool ContainsHan(string? text) =>
        text is not null && text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');
}
