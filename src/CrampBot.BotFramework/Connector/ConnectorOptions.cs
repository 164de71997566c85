namespace CrampBot.BotFramework.Connector;

/// <summary>
/// How the bot talks to channels' connector services. Bound from the <c>BotFramework:Connector</c> section.
/// </summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>
    /// Hosts (exact, or <c>*.suffix</c>) the bot may post to over https even when no authenticated activity from
    /// them has reached this process yet: proactive messages after a restart, or on another instance. Null means
    /// the Azure Bot Service hosts when authentication is on, and none in anonymous mode (which always allows
    /// loopback addresses).
    /// </summary>
    public IList<string>? TrustedHosts { get; set; }

    /// <summary>Retries after a 429, 502, 503 or 504 before giving up (0: none).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The median first backoff when the service sends no Retry-After; it grows exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff the bot chooses itself (a Retry-After is honoured as sent, within the budget).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The time one turn may spend on outgoing calls, retries included (the adapter's per-turn budget, and each
    /// call's total timeout). The channel waits at most 15 s for the bot's answer to its POST, so the default leaves
    /// room for the turn's own work.
    /// </summary>
    public TimeSpan OutgoingTurnBudget { get; set; } = TimeSpan.FromSeconds(12);

    internal static readonly string[] AzureBotServiceHosts =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "*.botframework.azure.us",
    ];
}
