using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>The bot's own @mentions in a Teams message (see <see cref="ActivityExtensions.MentionMarkupsOf"/>).</summary>
public static class TeamsMentions
{
    /// <summary>Whether any mention entity names <paramref name="botId"/>.</summary>
    public static bool MentionsBot(Activity activity, string? botId) => activity.MentionMarkupsOf(botId).Any();

    /// <summary>Removes each mention of the bot from the text and trims. Returns whether the bot was mentioned.</summary>
    public static bool StripBotMention(Activity activity, string? botId)
    {
        var mentioned = MentionsBot(activity, botId);
        activity.RemoveMentionText(botId);
        return mentioned;
    }
}
