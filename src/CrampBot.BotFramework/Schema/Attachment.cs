using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.Schema;

/// <summary>A card or file. Either inline <see cref="Content"/> or a <see cref="ContentUrl"/>, never both.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonNode? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed record SuggestedActions
{
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];
}

/// <summary>A button: imBack posts <see cref="Value"/> as a visible message, postBack hides it.</summary>
public sealed record CardAction
{
    public CardAction()
    {
    }

    public CardAction(string type, string title, JsonNode? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? ImageAltText { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonNode? Value { get; set; }

    public JsonNode? ChannelData { get; set; }

    /// <summary>The usual quick reply: clicking posts <paramref name="value"/> (or the title) as the user's message.</summary>
    public static CardAction ImBack(string title, string? value = null) => new(ActionTypes.ImBack, title, JsonValue.Create(value ?? title));
}

/// <summary>
/// Metadata attached to an activity. Only <see cref="Type"/> is modelled; everything else (a mention's
/// <c>mentioned</c> and <c>text</c>, clientInfo's <c>locale</c>) stays in <see cref="Properties"/>.
/// </summary>
public sealed record Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>For a mention entity: the account mentioned, else null.</summary>
    public ChannelAccount? GetMentioned() =>
        Type == MentionType && Properties is not null && Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize(BotJsonContext.Default.ChannelAccount)
            : null;

    /// <summary>For a mention entity: the markup that stands in the text, such as <c>&lt;at&gt;CrampBot&lt;/at&gt;</c>.</summary>
    public string? GetMentionText() =>
        Properties is not null && Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    public static Entity Mention(ChannelAccount mentioned, string text) => new()
    {
        Type = MentionType,
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(mentioned, BotJsonContext.Default.ChannelAccount),
            ["text"] = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String),
        },
    };
}
