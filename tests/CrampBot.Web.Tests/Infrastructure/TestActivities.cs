using CrampBot.BotFramework.Schema;

namespace CrampBot.Web.Tests.Infrastructure;

/// <summary>Activities as channels send them, addressed to the bot.</summary>
public static class TestActivities
{
    /// <summary>A Teams-style conversation id: ':', ';' and '@' must be percent-encoded in connector URLs.</summary>
    public const string TeamsConversationId = "a:1Xy_Z-42;messageid=1700000000000@thread.tacv2";

    public static Activity Message(string serviceUrl, string text, string channelId = "webchat", string? locale = "en-US", string conversationId = "conv-1", string id = "activity-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        From = new ChannelAccount("user-1", "Test User", RoleTypes.User),
        Recipient = new ChannelAccount("bot-1", "CrampBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(conversationId),
        Locale = locale,
        Text = text,
    };
}
