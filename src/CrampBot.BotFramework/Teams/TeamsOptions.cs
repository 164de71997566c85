namespace CrampBot.BotFramework.Teams;

/// <summary>Teams' limits as CrampBot applies them; bound from the <c>Teams</c> section.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// The largest outgoing message, counted as Teams counts it (UTF-16, so two bytes per character of the JSON).
    /// Teams refuses messages over about 100 KB with 413 MessageSizeTooBig and recommends staying under 80 KB.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 80 * 1024;

    /// <summary>The highest Adaptive Card version Teams renders in bot messages.</summary>
    public string MaxAdaptiveCardVersion { get; set; } = "1.5";

    /// <summary>Quick replies Teams shows at most; more become card buttons.</summary>
    public int MaxSuggestedActions { get; set; } = 3;

    /// <summary>Buttons per Adaptive Card (Teams' host config shows at most 6 actions).</summary>
    public int MaxCardActions { get; set; } = 6;

    /// <summary>
    /// What an <c>Action.Execute</c> click is answered with (the invoke response's message). The bot's actual
    /// replies travel as ordinary messages in the same turn.
    /// </summary>
    public string ActionExecuteAcknowledgement { get; set; } = "OK";

    /// <summary>
    /// The longest one send waits for Teams' rate windows or a Retry-After hold. Kept under the connector's
    /// outgoing turn budget (12 s), so a long hold fails the send at once rather than eating the whole turn.
    /// </summary>
    public TimeSpan MaxPacingWait { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>At most <see cref="Count"/> sends in any span of <see cref="Period"/>.</summary>
public sealed record TeamsRateWindow(int Count, TimeSpan Period)
{
    /// <summary>
    /// Teams' per-bot, per-conversation send limits as documented (7 per second, 8 per 2 seconds, 60 per 30 seconds,
    /// 1800 per hour). Estimates that Teams may change, hence data rather than code.
    /// </summary>
    public static IReadOnlyList<TeamsRateWindow> DocumentedSendLimits { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];
}
