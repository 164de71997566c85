using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot;

/// <summary>
/// A stand-in that answers every message, in English or Chinese, until the real conversation replaces it. It
/// proves the path from /api/messages to the channel and back.
/// </summary>
public sealed class MinimalBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        var reply = DefaultTurnErrorReply.PrefersChinese(turnContext.Activity)
            ? $"CrampBot 收到了：“{text}”。完整的对话即将上线。"
            : $"CrampBot heard: \"{text}\". The full conversation is coming soon.";
        return turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var greeting = DefaultTurnErrorReply.PrefersChinese(turnContext.Activity)
            ? "你好！我是 CrampBot，可以帮您了解夜间腿抽筋。"
            : "Hello! I'm CrampBot. I can help with night-time leg cramps.";
        await turnContext.SendActivityAsync(MessageFactory.Text(greeting), cancellationToken);
    }
}
