using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// What Teams tells about the conversation an activity belongs to: is it Teams at all, and is it a personal
/// chat, a group chat or a channel (protocol digest section 5.1).
/// </summary>
public static class TeamsConversation
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    public static bool IsTeams(Activity activity) =>
        string.Equals(activity?.ChannelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>personal</c>, <c>groupChat</c> or <c>channel</c>. Teams always sends conversationType; when it is missing,
    /// isGroup (or a channel in channelData) decides, so a group conversation is never mistaken for a personal one.
    /// </summary>
    public static string ScopeOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        if (string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase))
        {
            return Personal;
        }

        if (string.Equals(type, GroupChat, StringComparison.OrdinalIgnoreCase))
        {
            return GroupChat;
        }

        if (string.Equals(type, Channel, StringComparison.OrdinalIgnoreCase) || (activity.ChannelData is System.Text.Json.Nodes.JsonObject data && data["channel"] is not null))
        {
            return Channel;
        }

        return activity.Conversation?.IsGroup == true ? GroupChat : Personal;
    }

    /// <summary>Group chats and channels: the bot hears a message there only when it is @mentioned.</summary>
    public static bool IsShared(Activity activity) => ScopeOf(activity) is GroupChat or Channel;
}
