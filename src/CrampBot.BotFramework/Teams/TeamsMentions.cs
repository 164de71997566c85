using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// The bot's own @mentions in a Teams message, found through the mention entities (never by parsing names out of
/// the text: users can edit the visible name). Follows the SDK's RemoveRecipientMention.
/// </summary>
public static class TeamsMentions
{
    /// <summary>Whether any mention entity names <paramref name="botId"/>.</summary>
    public static bool MentionsBot(Activity activity, string? botId) => BotMentions(activity, botId).Any();

    /// <summary>
    /// Removes each mention of the bot from the text (the entity's text, or <c>&lt;at&gt;name&lt;/at&gt;</c> when it
    /// has none), case-insensitively, and trims. Returns whether the bot was mentioned.
    /// </summary>
    public static bool StripBotMention(Activity activity, string? botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var mentions = BotMentions(activity, botId).ToList();
        if (mentions.Count == 0)
        {
            return false;
        }

        if (activity.Text is { } text)
        {
            foreach (var markup in mentions)
            {
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            activity.Text = text.Trim();
        }

        return true;
    }

    private static IEnumerable<string> BotMentions(Activity activity, string? botId)
    {
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

            // GetMentioned only reads entities typed exactly "mention"; Teams' casing is not promised.
            var normalized = entity with { Type = Entity.MentionType };
            var mentioned = normalized.GetMentioned();
            if (!string.Equals(mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return normalized.GetMentionText() is { Length: > 0 } markup ? markup : $"<at>{mentioned?.Name}</at>";
        }
    }
}
