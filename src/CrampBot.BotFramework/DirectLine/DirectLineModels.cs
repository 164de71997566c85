using System.Text.Json;
using System.Text.Json.Serialization;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>The answer to tokens/generate, tokens/refresh, and starting or resuming a conversation.</summary>
public sealed record DirectLineConversationResponse
{
    public required string ConversationId { get; init; }

    public string? Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }
}

/// <summary>A page of a conversation's activities and the watermark to ask from next (Direct Line's ActivitySet).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>The optional body of tokens/generate and of starting a conversation.</summary>
public sealed record DirectLineStartRequest
{
    public ChannelAccount? User { get; init; }

    public string? Locale { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Source-generated JSON for the Direct Line wire shapes, with the same rules as <see cref="BotJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
