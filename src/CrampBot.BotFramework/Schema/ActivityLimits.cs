namespace CrampBot.BotFramework.Schema;

/// <summary>
/// What an incoming activity may look like, checked once at the edge (<c>/api/messages</c> and Direct Line) by
/// <see cref="ActivityValidator"/>; configuration section <c>BotFramework:ActivityLimits</c>. An activity inside
/// these limits can always be stored and read back: every store wraps it in at most a few levels of its own, far
/// below System.Text.Json's read limit of 64.
/// </summary>
public sealed class ActivityLimits
{
    public const string SectionName = "BotFramework:ActivityLimits";

    /// <summary>
    /// Deepest nesting of objects and arrays, the activity itself being level 1. Teams channelData is 4 deep and
    /// an Adaptive Card rarely more than 15.
    /// </summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Longest id (activity, conversation, user, bot, replyToId): Teams ids are under 200 characters.</summary>
    public int MaxIdLength { get; set; } = 512;

    /// <summary>Longest serviceUrl.</summary>
    public int MaxServiceUrlLength { get; set; } = 2048;

    /// <summary>Longest message text; Teams caps a message at about 28 KB.</summary>
    public int MaxTextLength { get; set; } = 28 * 1024;

    /// <summary>Longest other string or property name anywhere in the activity (card text, values, channelData).</summary>
    public int MaxStringLength { get; set; } = 28 * 1024;

    /// <summary>Longest short token: type, name, locale, channelId, deliveryMode, textFormat and the like.</summary>
    public int MaxTokenLength { get; set; } = 128;

    internal IEnumerable<string> Problems()
    {
        if (MaxJsonDepth is < 2 or > 48)
        {
            yield return $"{SectionName}:MaxJsonDepth must be between 2 and 48, so stored activities stay readable.";
        }

        if (MaxIdLength < 16 || MaxServiceUrlLength < 16 || MaxTextLength < 1 || MaxStringLength < 16 || MaxTokenLength < 16)
        {
            yield return $"{SectionName}: lengths must be positive (ids, tokens, strings and serviceUrl at least 16).";
        }
    }
}
