using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Schema;

/// <summary>
/// Writes outgoing activities (the expectReplies body, a post to the connector) in exactly the form
/// <see cref="BotJsonContext.Wire"/> gives, byte for byte, without its converters.
/// </summary>
/// <remarks>
/// Why by hand: the generated serializer has a fast path that writes straight to the writer, but it is not
/// generated for a type with <c>[JsonExtensionData]</c>, and every activity type carries one (fields a channel
/// sends that the model does not name must survive). So each reply went through the metadata-driven converters,
/// property by property: 3-4 % of a turn's CPU. Reading stays with the generated metadata. A test serializes
/// activities with every property set both ways and requires the same bytes, so a property added to the model
/// and forgotten here fails it. The order is the model's declaration order with extension data last, as the
/// generated contract writes it.
/// </remarks>
public static class WireJson
{
    // As BotJsonContext.Wire: Chinese text as UTF-8, not \uXXXX escapes. Never embed the output in HTML.
    private static readonly ReusableJsonWriter Writers = new(new JsonWriterOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    });

    public static byte[] SerializeToUtf8Bytes(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var lease = Writers.Rent();
        WriteActivity(lease.Writer, activity);
        return lease.Written.ToArray();
    }

    public static byte[] SerializeToUtf8Bytes(ExpectedReplies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        using var lease = Writers.Rent();
        var writer = lease.Writer;
        writer.WriteStartObject();
        Array(writer, Names.Activities, replies.Activities, WriteActivity);
        writer.WriteEndObject();
        return lease.Written.ToArray();
    }

    private static void WriteActivity(Utf8JsonWriter writer, Activity a)
    {
        writer.WriteStartObject();
        String(writer, Names.Type, a.Type);
        String(writer, Names.Id, a.Id);
        Time(writer, Names.Timestamp, a.Timestamp);
        Time(writer, Names.LocalTimestamp, a.LocalTimestamp);
        String(writer, Names.LocalTimezone, a.LocalTimezone);
        String(writer, Names.ServiceUrl, a.ServiceUrl);
        String(writer, Names.ChannelId, a.ChannelId);
        Account(writer, Names.From, a.From);
        Conversation(writer, Names.Conversation, a.Conversation);
        Account(writer, Names.Recipient, a.Recipient);
        String(writer, Names.TextFormat, a.TextFormat);
        String(writer, Names.AttachmentLayout, a.AttachmentLayout);
        Array(writer, Names.MembersAdded, a.MembersAdded, AccountValue);
        Array(writer, Names.MembersRemoved, a.MembersRemoved, AccountValue);
        String(writer, Names.Action, a.Action);
        String(writer, Names.Locale, a.Locale);
        String(writer, Names.Text, a.Text);
        String(writer, Names.Speak, a.Speak);
        String(writer, Names.InputHint, a.InputHint);
        String(writer, Names.Summary, a.Summary);
        if (a.SuggestedActions is { } suggested)
        {
            // No extension data: the generated fast path writes it.
            writer.WritePropertyName(Names.SuggestedActions);
            JsonSerializer.Serialize(writer, suggested, BotJsonContext.Default.SuggestedActions);
        }

        Array(writer, Names.Attachments, a.Attachments, AttachmentValue);
        Array(writer, Names.Entities, a.Entities, EntityValue);
        Node(writer, Names.ChannelData, a.ChannelData);
        String(writer, Names.ReplyToId, a.ReplyToId);
        String(writer, Names.Code, a.Code);
        String(writer, Names.Name, a.Name);
        Node(writer, Names.Value, a.Value);
        String(writer, Names.ValueType, a.ValueType);
        if (a.RelatesTo is { } relatesTo)
        {
            writer.WritePropertyName(Names.RelatesTo);
            JsonSerializer.Serialize(writer, relatesTo, BotJsonContext.Default.ConversationReference);
        }

        String(writer, Names.DeliveryMode, a.DeliveryMode);
        String(writer, Names.CallerId, a.CallerId);
        Extensions(writer, a.Properties);
        writer.WriteEndObject();
    }

    private static void Account(Utf8JsonWriter writer, JsonEncodedText name, ChannelAccount? account)
    {
        if (account is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        AccountValue(writer, account);
    }

    private static void AccountValue(Utf8JsonWriter writer, ChannelAccount account)
    {
        writer.WriteStartObject();
        String(writer, Names.Id, account.Id);
        String(writer, Names.Name, account.Name);
        String(writer, Names.AadObjectId, account.AadObjectId);
        String(writer, Names.Role, account.Role);
        Extensions(writer, account.Properties);
        writer.WriteEndObject();
    }

    /// <summary>A list property: left out when null, each null item written as null.</summary>
    private static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? items, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                write(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    private static void Conversation(Utf8JsonWriter writer, JsonEncodedText name, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        String(writer, Names.Id, conversation.Id);
        String(writer, Names.Name, conversation.Name);
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WriteBoolean(Names.IsGroup, isGroup);
        }

        String(writer, Names.ConversationType, conversation.ConversationType);
        String(writer, Names.TenantId, conversation.TenantId);
        String(writer, Names.AadObjectId, conversation.AadObjectId);
        String(writer, Names.Role, conversation.Role);
        Extensions(writer, conversation.Properties);
        writer.WriteEndObject();
    }

    private static void AttachmentValue(Utf8JsonWriter writer, Attachment attachment)
    {
        writer.WriteStartObject();
        String(writer, Names.ContentType, attachment.ContentType);
        String(writer, Names.ContentUrl, attachment.ContentUrl);
        Node(writer, Names.Content, attachment.Content);
        String(writer, Names.Name, attachment.Name);
        String(writer, Names.ThumbnailUrl, attachment.ThumbnailUrl);
        Extensions(writer, attachment.Properties);
        writer.WriteEndObject();
    }

    private static void EntityValue(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        String(writer, Names.Type, entity.Type);
        Extensions(writer, entity.Properties);
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
    }

    private static void Node(Utf8JsonWriter writer, JsonEncodedText name, JsonNode? node)
    {
        if (node is not null)
        {
            writer.WritePropertyName(name);
            node.WriteTo(writer);
        }
    }

    /// <summary>Extension data: its keys as received (no naming policy), after the named properties.</summary>
    private static void Extensions(Utf8JsonWriter writer, IDictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }
    }

    /// <summary>The wire names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Activities = JsonEncodedText.Encode("activities");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
        public static readonly JsonEncodedText LocalTimestamp = JsonEncodedText.Encode("localTimestamp");
        public static readonly JsonEncodedText LocalTimezone = JsonEncodedText.Encode("localTimezone");
        public static readonly JsonEncodedText ServiceUrl = JsonEncodedText.Encode("serviceUrl");
        public static readonly JsonEncodedText ChannelId = JsonEncodedText.Encode("channelId");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText Conversation = JsonEncodedText.Encode("conversation");
        public static readonly JsonEncodedText Recipient = JsonEncodedText.Encode("recipient");
        public static readonly JsonEncodedText TextFormat = JsonEncodedText.Encode("textFormat");
        public static readonly JsonEncodedText AttachmentLayout = JsonEncodedText.Encode("attachmentLayout");
        public static readonly JsonEncodedText MembersAdded = JsonEncodedText.Encode("membersAdded");
        public static readonly JsonEncodedText MembersRemoved = JsonEncodedText.Encode("membersRemoved");
        public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
        public static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Speak = JsonEncodedText.Encode("speak");
        public static readonly JsonEncodedText InputHint = JsonEncodedText.Encode("inputHint");
        public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
        public static readonly JsonEncodedText SuggestedActions = JsonEncodedText.Encode("suggestedActions");
        public static readonly JsonEncodedText Attachments = JsonEncodedText.Encode("attachments");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText ChannelData = JsonEncodedText.Encode("channelData");
        public static readonly JsonEncodedText ReplyToId = JsonEncodedText.Encode("replyToId");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText ValueType = JsonEncodedText.Encode("valueType");
        public static readonly JsonEncodedText RelatesTo = JsonEncodedText.Encode("relatesTo");
        public static readonly JsonEncodedText DeliveryMode = JsonEncodedText.Encode("deliveryMode");
        public static readonly JsonEncodedText CallerId = JsonEncodedText.Encode("callerId");
        public static readonly JsonEncodedText AadObjectId = JsonEncodedText.Encode("aadObjectId");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText IsGroup = JsonEncodedText.Encode("isGroup");
        public static readonly JsonEncodedText ConversationType = JsonEncodedText.Encode("conversationType");
        public static readonly JsonEncodedText TenantId = JsonEncodedText.Encode("tenantId");
        public static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
        public static readonly JsonEncodedText ContentUrl = JsonEncodedText.Encode("contentUrl");
        public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
        public static readonly JsonEncodedText ThumbnailUrl = JsonEncodedText.Encode("thumbnailUrl");
    }
}
