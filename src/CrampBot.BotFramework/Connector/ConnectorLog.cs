using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Connector;

/// <summary>The connector's log lines: operations, statuses and timings, never a body (a body may echo what the user wrote).</summary>
internal static partial class ConnectorLog
{
    // Debug: a successful call is routine (one per reply); retries, refusals and give-ups stay at Warning.
    [LoggerMessage(1030, LogLevel.Debug, "Connector {Operation} answered {StatusCode} after {ElapsedMs} ms.")]
    public static partial void Call(ILogger logger, string operation, int statusCode, long elapsedMs);

    [LoggerMessage(1031, LogLevel.Warning, "Connector call answered {StatusCode}; retry {Attempt} in {DelayMs} ms.")]
    public static partial void Retrying(ILogger logger, int statusCode, int attempt, long delayMs);

    [LoggerMessage(1032, LogLevel.Warning, "Connector {Operation} gave up with {StatusCode} after {ElapsedMs} ms: {Reason}.")]
    public static partial void GaveUp(ILogger logger, string operation, int statusCode, long elapsedMs, string reason);

    [LoggerMessage(1033, LogLevel.Warning, "Connector {Operation} answered a redirect ({StatusCode}); redirects are never followed, so the activity was not delivered.")]
    public static partial void RedirectRefused(ILogger logger, string operation, int statusCode);
}
