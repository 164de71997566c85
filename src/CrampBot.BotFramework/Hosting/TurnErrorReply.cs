using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Hosting;

/// <summary>Why a turn failed, as far as the user is concerned.</summary>
public enum TurnFailure
{
    /// <summary>The bot failed; its dialog state was reset so the user is not sent back into the failing step.</summary>
    Bot,

    /// <summary>The store could not be reached; nothing was saved or reset, so the conversation is kept as it was.</summary>
    StorageUnavailable,
}

/// <summary>What the bot tells the user when a turn fails. Register your own to word it from a message catalogue.</summary>
public interface ITurnErrorReply
{
    Activity Create(ITurnContext turnContext, TurnFailure failure);
}

/// <summary>
/// The fallback for hosts without a message catalogue (the bot words its own from dialogs/conversation.*.yaml).
/// A one-sentence apology in the user's language: Chinese when the locale is <c>zh*</c> or the user wrote Han
/// characters (a Chinese speaker with an English browser still reads Chinese best), English otherwise.
/// </summary>
public sealed class DefaultTurnErrorReply : ITurnErrorReply
{
    public const string English = "Sorry, something went wrong on my side. Let's start again: please send your message once more.";
    public const string Chinese = "抱歉，我这边出了点问题。我们重新开始吧：请再发一次你的消息。";
    public const string EnglishStorageUnavailable = "Sorry, I can't reach my records just now. Your conversation is kept as it was: please try again in a minute or two.";
    public const string ChineseStorageUnavailable = "抱歉，我暂时无法读取记录。你的对话已原样保留：请过一两分钟再试。";

    public Activity Create(ITurnContext turnContext, TurnFailure failure)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var chinese = PrefersChinese(turnContext.Activity);
        return MessageFactory.Text(failure == TurnFailure.StorageUnavailable
            ? chinese ? ChineseStorageUnavailable : EnglishStorageUnavailable
            : chinese ? Chinese : English);
    }

    public static bool PrefersChinese(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true || ContainsHan(activity.Text);
    }

    private static bool ContainsHan(string? text) =>
        text is not null && text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');
}
