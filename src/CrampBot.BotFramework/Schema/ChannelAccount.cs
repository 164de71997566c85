using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.Schema;

/// <summary>A user or bot on a channel. <see cref="Role"/> is a hint ("user" or "bot"), though Web Chat relies on it.</summary>
public sealed record ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The conversation an activity belongs to. Teams ids contain ':', ';' and '@'.</summary>
public sealed record ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(string id, string? name = null, bool? isGroup = null)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
