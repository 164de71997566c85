using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Auth;

/// <summary>The authentication layer's log lines: outcomes and timings, never a token or a secret.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(1040, LogLevel.Information, "Acquired the bot's connector token, valid for {LifetimeSeconds} s, in {ElapsedMs} ms.")]
    public static partial void TokenAcquired(ILogger logger, long lifetimeSeconds, long elapsedMs);

    [LoggerMessage(1041, LogLevel.Warning, "The bot could not obtain its connector token: {ErrorCode}.")]
    public static partial void TokenRequestFailed(ILogger logger, string errorCode);
}
