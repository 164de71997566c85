using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Teams;

/// <summary>The Teams layer's log lines: scopes, ids, counts and timings, never what anyone wrote.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(3000, LogLevel.Debug, "Ignored a {Scope} message in conversation {ConversationId}: the bot was not mentioned.")]
    public static partial void IgnoredUnaddressedMessage(ILogger logger, string scope, LogText conversationId);

    [LoggerMessage(3001, LogLevel.Debug, "Skipped {ActivityType} in conversation {ConversationId}: the welcome was already given.")]
    public static partial void WelcomeAlreadyGiven(ILogger logger, LogText activityType, LogText conversationId);

    [LoggerMessage(3002, LogLevel.Information, "Another instance welcomed conversation {ConversationId} at the same time.")]
    public static partial void WelcomeRace(ILogger logger, LogText conversationId);

    [LoggerMessage(3003, LogLevel.Debug, "Running an Action.Execute invoke in conversation {ConversationId} as a card submit.")]
    public static partial void ActionExecuteAsMessage(ILogger logger, LogText conversationId);

    [LoggerMessage(3004, LogLevel.Debug, "Reshaped an outgoing message for Teams in conversation {ConversationId} into {Count} message(s).")]
    public static partial void Reshaped(ILogger logger, LogText conversationId, int count);

    [LoggerMessage(3005, LogLevel.Information, "Held a Teams send for {WaitedMs} ms to stay within the conversation's rate limit.")]
    public static partial void SendPaced(ILogger logger, long waitedMs);

    [LoggerMessage(3006, LogLevel.Warning, "Teams throttled a send (429); holding the conversation for {HoldMs} ms.")]
    public static partial void Throttled(ILogger logger, long holdMs);
}
