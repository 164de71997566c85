using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using CrampBot.Web.Tests.Infrastructure;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// Activities shaped as Teams sends them (protocol digest section 5): the bot as <c>28:{appId}</c>, users as
/// <c>29:...</c> with an AAD object id, conversation ids with ':', ';' and '@', conversationType and tenant, the
/// tenant (and team/channel) in channelData, a clientInfo entity, and the text/html copy of each typed message.
/// </summary>
internal static class TeamsActivities
{
    public const string BotId = "28:" + TestTokenIssuer.AppId;
    public const string BotName = "CrampBot";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string PersonalConversation = "a:1Xy_Z-42Pq9ZkM3rT8uV5wN0bC7dE4fG6hJ2kL1mN";
    public const string GroupChatConversation = "19:8f1e3d2c4b5a69788796a5b4c3d2e1f0@thread.v2";
    public const string ChannelConversation = "19:2b0c6d9e8f7a4b3c@thread.tacv2;messageid=1732170000000";

    public static readonly ChannelAccount Alice = new("29:1AliceXyZ-abc_123", "Alice Chen") { AadObjectId = "6a1f0e4c-0000-4000-8000-00000000a11c" };
    public static readonly ChannelAccount Bob = new("29:1BobQrS-def_456", "Bob Li") { AadObjectId = "6a1f0e4c-0000-4000-8000-000000000b0b" };

    public static Activity Personal(string serviceUrl, string text, ChannelAccount? from = null, string id = "1732170000001") =>
        Message(serviceUrl, PersonalConversation, "personal", text, from ?? Alice, id);

    /// <summary>A group chat message; with <paramref name="mentionBot"/> it starts with the bot's @mention, as Teams writes it.</summary>
    public static Activity GroupChat(string serviceUrl, string text, bool mentionBot, ChannelAccount? from = null, string id = "1732170000101") =>
        WithMention(Message(serviceUrl, GroupChatConversation, "groupChat", text, from ?? Alice, id), mentionBot);

    public static Activity Channel(string serviceUrl, string text, bool mentionBot, ChannelAccount? from = null, string id = "1732170000201") =>
        WithMention(Message(serviceUrl, ChannelConversation, "channel", text, from ?? Alice, id), mentionBot);

    /// <summary>
    /// An Adaptive Card Action.Submit click: a message with the data (merged with the inputs) as value, no text, and
    /// replyToId the card's message.
    /// </summary>
    public static Activity CardSubmit(string serviceUrl, string conversationId, string scope, JsonObject value, string replyToId, ChannelAccount? from = null, string id = "1732170000301")
    {
        var activity = Message(serviceUrl, conversationId, scope, null, from ?? Alice, id);
        activity.Value = value;
        activity.ReplyToId = replyToId;
        activity.Attachments = null;
        return activity;
    }

    /// <summary>An Action.Execute click (Universal Actions): an invoke named adaptiveCard/action.</summary>
    public static Activity ActionExecute(string serviceUrl, string conversationId, string scope, string verb, JsonNode? data, string replyToId, ChannelAccount? from = null, string id = "1732170000401")
    {
        var activity = Base(serviceUrl, conversationId, scope, from ?? Alice, id);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "act-1", ["verb"] = verb, ["data"] = data?.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static Activity InstallationUpdate(string serviceUrl, string conversationId, string scope, string action = "add", string id = "f:1732170000501", ChannelAccount? from = null)
    {
        var activity = Base(serviceUrl, conversationId, scope, from ?? Alice, id);
        activity.Type = ActivityTypes.InstallationUpdate;
        activity.Action = action;
        return activity;
    }

    /// <summary>The conversationUpdate Teams sends when the bot is added: the bot itself among the members added.</summary>
    public static Activity BotAdded(string serviceUrl, string conversationId, string scope, string id = "f:1732170000601", ChannelAccount? from = null)
    {
        var activity = Base(serviceUrl, conversationId, scope, from ?? Alice, id);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [new ChannelAccount(BotId)];
        if (scope == "channel")
        {
            activity.ChannelData!["eventType"] = "teamMemberAdded";
        }

        return activity;
    }

    /// <summary>A person joining a team or chat where the bot already is.</summary>
    public static Activity MemberAdded(string serviceUrl, string conversationId, string scope, ChannelAccount member, string id = "f:1732170000701")
    {
        var activity = Base(serviceUrl, conversationId, scope, Alice, id);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [member with { }];
        return activity;
    }

    private static Activity Message(string serviceUrl, string conversationId, string scope, string? text, ChannelAccount sender, string id)
    {
        var activity = Base(serviceUrl, conversationId, scope, sender, id);
        activity.Type = ActivityTypes.Message;
        activity.Text = text;
        activity.TextFormat = TextFormatTypes.Plain;
        if (text is not null)
        {
            activity.Attachments = [new Attachment { ContentType = "text/html", Content = JsonValue.Create($"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>") }];
        }

        return activity;
    }

    private static Activity Base(string serviceUrl, string conversationId, string scope, ChannelAccount sender, string id)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        if (scope == "channel")
        {
            channelData["team"] = new JsonObject { ["id"] = "19:2b0c6d9e8f7a4b3c@thread.tacv2", ["name"] = "Night shift", ["aadGroupId"] = "0d6f1c1e-1111-4222-8333-944455556666" };
            channelData["channel"] = new JsonObject { ["id"] = "19:2b0c6d9e8f7a4b3c@thread.tacv2", ["name"] = "General" };
        }

        return new Activity
        {
            Id = id,
            Timestamp = DateTimeOffset.UtcNow,
            LocalTimestamp = DateTimeOffset.Now,
            LocalTimezone = "Europe/London",
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = sender with { },
            Recipient = new ChannelAccount(BotId, BotName),
            Conversation = new ConversationAccount(conversationId, isGroup: scope == "personal" ? null : true) { ConversationType = scope, TenantId = TenantId },
            Locale = "en-US",
            ChannelData = channelData,
            Entities = [new Entity { Type = "clientInfo", Properties = Props(("locale", "en-US"), ("country", "GB"), ("platform", "Web"), ("timezone", "Europe/London")) }],
        };
    }

    private static Activity WithMention(Activity activity, bool mentionBot)
    {
        if (!mentionBot)
        {
            return activity;
        }

        var markup = $"<at>{BotName}</at>";
        activity.Text = $"{markup} {activity.Text}";
        activity.Entities!.Add(Entity.Mention(new ChannelAccount(BotId, BotName), markup));
        activity.Attachments = [new Attachment { ContentType = "text/html", Content = JsonValue.Create($"<p><span itemtype=\"http://schema.skype.com/Mention\" itemscope itemid=\"0\">{BotName}</span> {activity.Text[(markup.Length + 1)..]}</p>") }];
        return activity;
    }

    private static Dictionary<string, JsonElement> Props(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value, BotJsonContext.Default.String));
}
