using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// Every log line of the protocol layer, source-generated. They carry activity types, channels, ids and
/// timings, never what the user wrote: symptom text is health data and stays out of Information-level logs.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "MicrosoftAppId is not configured: /api/messages accepts anonymous requests and replies only to loopback or configured service URLs. Use this for local development only.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(1001, LogLevel.Information, "Channel authentication is on for app {AppId} ({AppType}); tokens are checked against {MetadataUrl}.")]
    public static partial void AuthenticationEnabled(ILogger logger, string appId, string appType, string metadataUrl);

    [LoggerMessage(1010, LogLevel.Debug, "Received {ActivityType} on {ChannelId}, conversation {ConversationId}, activity {ActivityId}.")]
    public static partial void ActivityReceived(ILogger logger, LogText activityType, LogText channelId, LogText conversationId, LogText activityId);

    // Debug, not Information: one line per turn was a measurable share of a turn's CPU under load (issue 13), and
    // the turn counts and latencies an operator watches come from the OpenTelemetry metrics instead.
    [LoggerMessage(1011, LogLevel.Debug, "Turn {ActivityType} on {ChannelId}, conversation {ConversationId}, activity {ActivityId}: {StatusCode} in {ElapsedMs} ms.")]
    public static partial void TurnCompleted(ILogger logger, LogText activityType, LogText channelId, LogText conversationId, LogText activityId, int statusCode, long elapsedMs);

    [LoggerMessage(1012, LogLevel.Warning, "Rejected a request to the messaging endpoint: {Reason}.")]
    public static partial void ActivityRejected(ILogger logger, string reason);

    [LoggerMessage(1013, LogLevel.Warning, "Refused a request to the messaging endpoint as unauthenticated: {Reason}.")]
    public static partial void AuthenticationFailed(ILogger logger, LogText reason);

    [LoggerMessage(1014, LogLevel.Warning, "Refused an anonymous activity whose serviceUrl {ServiceUrl} is neither loopback nor a trusted host; add the host to BotFramework:Connector:TrustedHosts or use deliveryMode expectReplies.")]
    public static partial void UntrustedServiceUrl(ILogger logger, LogText serviceUrl);

    [LoggerMessage(1019, LogLevel.Warning, "Refused an activity that claims the in-process channel serviceUrl {ServiceUrl}; that channel's activities only arrive through its own endpoint.")]
    public static partial void InProcessServiceUrl(ILogger logger, LogText serviceUrl);

    [LoggerMessage(1015, LogLevel.Error, "The messaging endpoint failed on {ActivityType} on {ChannelId}, conversation {ConversationId}.")]
    public static partial void EndpointFailed(ILogger logger, Exception exception, LogText activityType, LogText channelId, LogText conversationId);

    [LoggerMessage(1020, LogLevel.Error, "The turn for {ActivityType} on {ChannelId}, conversation {ConversationId}, activity {ActivityId} failed.")]
    public static partial void TurnFailed(ILogger logger, Exception exception, LogText activityType, LogText channelId, LogText conversationId, LogText activityId);

    [LoggerMessage(1022, LogLevel.Error, "The turn for {ActivityType} on {ChannelId}, conversation {ConversationId}, activity {ActivityId} failed: the store is unreachable. The conversation's state is kept; the user is asked to try again.")]
    public static partial void TurnFailedStorageUnavailable(ILogger logger, Exception exception, LogText activityType, LogText channelId, LogText conversationId, LogText activityId);

    [LoggerMessage(1021, LogLevel.Error, "The turn error handler could not {Step} for conversation {ConversationId}.")]
    public static partial void TurnErrorStepFailed(ILogger logger, Exception exception, string step, LogText conversationId);
}
