namespace CrampBot.BotFramework.Schema;

/// <summary>Addressing rules of the protocol (section 1.4 of the protocol digest).</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// A reply to <paramref name="incoming"/>: from and recipient swapped, same conversation, channel, service URL
    /// and locale, and replyToId set, except for a conversationUpdate on Direct Line / Web Chat, which has no
    /// user message to thread under.
    /// </summary>
    public static Activity CreateReply(this Activity incoming, string? text = null)
    {
        var noThread = incoming.IsType(ActivityTypes.ConversationUpdate)
            && (incoming.ChannelId is Channels.DirectLine or Channels.WebChat);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = incoming.Recipient is null ? null : new ChannelAccount { Id = incoming.Recipient.Id, Name = incoming.Recipient.Name, Role = RoleTypes.Bot },
            Recipient = incoming.From is null ? null : new ChannelAccount { Id = incoming.From.Id, Name = incoming.From.Name },
            Conversation = incoming.Conversation is null ? null : new ConversationAccount { Id = incoming.Conversation.Id, Name = incoming.Conversation.Name, IsGroup = incoming.Conversation.IsGroup },
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Locale = incoming.Locale,
            ReplyToId = noThread ? null : incoming.Id,
        };
    }

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.IsType(ActivityTypes.ConversationUpdate) && activity.ChannelId is Channels.DirectLine or Channels.WebChat ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>
    /// Addresses an outgoing <paramref name="activity"/> to a stored conversation. With <paramref name="isIncoming"/>
    /// the reference's user becomes the sender (used to build the synthetic activity of a proactive turn).
    /// </summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);

        // Copies, so that changing the reply's addressing never changes the incoming activity or the reference.
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation is null ? null : reference.Conversation with { };
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From = reference.User is null ? null : reference.User with { };
            activity.Recipient = reference.Bot is null ? null : reference.Bot with { };
            if (reference.ActivityId is not null)
            {
                activity.Id = reference.ActivityId;
            }
        }
        else
        {
            // Web Chat tells the bot's bubbles from the user's by role; other channels ignore it.
            activity.From = reference.Bot is null ? null : reference.Bot with { Role = reference.Bot.Role ?? RoleTypes.Bot };
            activity.Recipient = reference.User is null ? null : reference.User with { };
            if (reference.ActivityId is not null)
            {
                activity.ReplyToId = reference.ActivityId;
            }
        }

        return activity;
    }

    /// <summary>
    /// The markup that stands in the text for each @mention of <paramref name="botId"/>: the mention entity's text,
    /// or <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none. Found through the entities, never by parsing names out of
    /// the text (users can edit the visible name); type and id compared case-insensitively, as channels do not
    /// promise casing.
    /// </summary>
    public static IEnumerable<string> MentionMarkupsOf(this Activity activity, string? botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            yield break;
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var normalized = entity with { Type = Entity.MentionType };
            var mentioned = normalized.GetMentioned();
            if (string.Equals(mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                yield return normalized.GetMentionText() is { Length: > 0 } markup ? markup : $"<at>{mentioned?.Name}</at>";
            }
        }
    }

    /// <summary>
    /// Removes every @mention of <paramref name="botId"/> from the text (Teams puts <c>&lt;at&gt;Name&lt;/at&gt;</c> markup in it),
    /// so nothing downstream reads the bot's own name as part of the user's words. Returns the text.
    /// </summary>
    public static string? RemoveMentionText(this Activity activity, string? botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var markups = activity.MentionMarkupsOf(botId).ToList();
        if (activity.Text is not { } text || markups.Count == 0)
        {
            return activity.Text;
        }

        foreach (var markup in markups)
        {
            text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        activity.Text = text.Trim();
        return activity.Text;
    }
}
