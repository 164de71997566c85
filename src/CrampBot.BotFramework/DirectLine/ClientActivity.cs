using System.Text.Json;
using System.Text.RegularExpressions;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// Turns what a client posted into the activity the bot sees. The client chooses what it says (text, value,
/// attachments, channelData with its clientActivityID); the service decides who said it, where, and when: the
/// user comes from the token, never from the body, and no client can pick a serviceUrl or a delivery mode.
/// </summary>
public static partial class ClientActivity
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.EndOfConversation,
    };

    /// <summary>
    /// Reads what a client posted, with the same checks as every entry point (<see cref="ActivityValidator"/>):
    /// the activity, or why not, for the 400 answer.
    /// </summary>
    public static (Activity? Activity, string? Problem) Read(ReadOnlySpan<byte> json, ActivityLimits limits)
    {
        if (ActivityValidator.CheckJson(json, limits) is { } jsonProblem)
        {
            return (null, Sentence(jsonProblem));
        }

        Activity? posted;
        try
        {
            posted = JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON for this route.");
        }

        if (posted is null)
        {
            return (null, "The request body is null.");
        }

        if ((Validate(posted) ?? ActivityValidator.CheckActivity(posted, limits, ActivitySource.DirectLineClient)) is { } problem)
        {
            return (null, Sentence(problem));
        }

        return (posted, null);
    }

    /// <summary>Null when acceptable; otherwise why not, for the 400 answer.</summary>
    public static string? Validate(Activity posted) =>
        string.IsNullOrEmpty(posted.Type) ? "The activity has no type."
        : !AllowedTypes.Contains(posted.Type) ? "Clients may post message, event, typing and endOfConversation activities only."
        : null;

    private static string Sentence(string reason) =>
        reason.EndsWith('.') ? reason : char.ToUpperInvariant(reason[0]) + reason[1..] + ".";

    public static Activity Normalize(Activity posted, DirectLineConversation conversation, DirectLineOptions options)
    {
        var activity = posted.Clone();
        activity.Type = AllowedTypes.First(t => string.Equals(t, posted.Type, StringComparison.OrdinalIgnoreCase));
        activity.Id = null;
        activity.Timestamp = null;
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = options.ServiceUrl;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.From = new ChannelAccount(conversation.UserId, Truncate(posted.From?.Name, 64), RoleTypes.User);
        activity.Recipient = new ChannelAccount(options.BotId, options.BotName, RoleTypes.Bot);
        activity.ReplyToId = null;
        activity.CallerId = null;
        activity.DeliveryMode = null; // expectReplies would divert the bot's answers away from the transcript
        activity.RelatesTo = null;
        activity.MembersAdded = null;
        activity.MembersRemoved = null;
        activity.Locale = IsLocale(posted.Locale) ? posted.Locale : conversation.Locale;
        return activity;
    }

    public static bool IsLocale(string? locale) => locale is { Length: > 0 and <= 35 } && LocalePattern().IsMatch(locale);

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LocalePattern();
}
