using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.Schema;

/// <summary>
/// The one message shape of the Bot Framework protocol. Mutable on purpose, as in the protocol's own SDKs:
/// a bot builds a reply step by step. Fields we do not model are kept in <see cref="Properties"/> so that a
/// read-modify-write round trip loses nothing (activity spec A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? Action { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonNode? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public JsonNode? Value { get; set; }

    public string? ValueType { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? DeliveryMode { get; set; }

    public string? CallerId { get; set; }

    /// <summary>Every field this model does not name, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A deep copy through the wire format, so a caller can change the copy freely.</summary>
    public Activity Clone() =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(this, BotJsonContext.Default.Activity), BotJsonContext.Default.Activity)!;
}
