using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>The Direct Line endpoint's own log lines: routes and ids, never what anyone wrote.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(4000, LogLevel.Error, "Direct Line {Method} {Path} answered 503: the store is unreachable.")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception, string method, LogText path);

    [LoggerMessage(4001, LogLevel.Error, "Direct Line {Method} {Path} failed.")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, LogText path);

    [LoggerMessage(4002, LogLevel.Warning, "Closed the Direct Line stream of conversation {ConversationId}: the store is unreachable.")]
    public static partial void StreamStorageUnavailable(ILogger logger, Exception exception, LogText conversationId);
}
