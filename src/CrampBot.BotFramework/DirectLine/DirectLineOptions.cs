namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// Settings of the built-in Direct Line 3.0 endpoint (configuration section <c>DirectLine</c>). The defaults suit
/// one public Web Chat page; every limit is configurable so tests can hit it quickly.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: authorises <c>tokens/generate</c> and signs tokens. Never sent to a browser. When
    /// empty, a random one is generated on first start (local use) and kept in the bot's storage.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token lives; Web Chat refreshes every 15 minutes, so 30 leaves a margin.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The serviceUrl given to Direct Line activities. The adapter routes the bot's replies for this serviceUrl
    /// to the in-process channel; it never goes on the network (the .invalid TLD never resolves).
    /// </summary>
    public string ServiceUrl { get; set; } = "https://directline.invalid/";

    public string BotId { get; set; } = "crampbot";

    public string BotName { get; set; } = "CrampBot";

    /// <summary>Older activities are dropped once a conversation holds more than this.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation nobody wrote to for this long is forgotten (history and all).</summary>
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The largest activity a client may post, in bytes of JSON.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Most activities one GET returns; the client pages on with the watermark.</summary>
    public int MaxActivitiesPerGet { get; set; } = 100;

    /// <summary>How long the bot may take for one turn before the client gets a 502.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public DirectLineRateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>Fixed-window limits, per minute. Polling clients make about 60 requests a minute each.</summary>
public sealed class DirectLineRateLimitOptions
{
    /// <summary>Activities posted into one conversation.</summary>
    public int PostsPerConversationPerMinute { get; set; } = 30;

    /// <summary>Every Direct Line request from one client address (polls included).</summary>
    public int RequestsPerClientPerMinute { get; set; } = 600;

    /// <summary>Tokens and conversations minted for one client address (the page's token endpoint included).</summary>
    public int NewConversationsPerClientPerMinute { get; set; } = 10;
}
