using CrampBot.Bot.Data;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;

namespace CrampBot.Bot.Texts;

/// <summary>
/// The apology for a failed turn, worded in dialogs/conversation.*.yaml (conv.failure.*): a restart when the bot
/// failed, and "your conversation is kept, try again shortly" when the store could not be reached. The language is
/// the turn's when the bot had settled it, otherwise the activity's (locale, or Chinese text).
/// </summary>
internal sealed class TurnErrorTexts(BotTexts texts) : ITurnErrorReply
{
    public Activity Create(ITurnContext turnContext, TurnFailure failure)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = turnContext.TurnState.Get<TurnLanguage>()?.Language
            ?? (DefaultTurnErrorReply.PrefersChinese(turnContext.Activity) ? Locales.SimplifiedChinese : Locales.English);
        var key = failure == TurnFailure.StorageUnavailable ? TextKeys.FailureStoreUnavailable : TextKeys.FailureRestart;
        return MessageFactory.Text(texts.Get(key, language));
    }
}
