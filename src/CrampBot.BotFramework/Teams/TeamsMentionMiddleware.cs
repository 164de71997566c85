using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// First thing on a Teams message: the bot's @mention is cut out of the text, so nothing downstream reads the bot's
/// name as the user's words. In group chats and channels the bot answers only when it is addressed: a message that
/// neither mentions it nor carries a card submit (<c>value</c>) ends the turn quietly. (Without the resource-specific
/// permission to read every channel message Teams sends only mentions anyway; this keeps that true if it ever does.)
/// </summary>
public sealed class TeamsMentionMiddleware(ILogger<TeamsMentionMiddleware> logger) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity) || !activity.IsType(ActivityTypes.Message))
        {
            return next(cancellationToken);
        }

        var mentioned = TeamsMentions.StripBotMention(activity, activity.Recipient?.Id);
        if (!mentioned && activity.Value is null && TeamsConversation.IsShared(activity))
        {
            TeamsLog.IgnoredUnaddressedMessage(logger, TeamsConversation.ScopeOf(activity), activity.Conversation?.Id);
            return Task.CompletedTask;
        }

        return next(cancellationToken);
    }
}
