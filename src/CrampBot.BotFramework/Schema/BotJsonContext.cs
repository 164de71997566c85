using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.Schema;

/// <summary>
/// Source-generated serialization for the wire types: camelCase, nulls left out (activity spec A2004), and no
/// reflection at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(ConversationAccount))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(Attachment))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(CardAction))]
[JsonSerializable(typeof(SuggestedActions))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class BotJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The same contract for what goes on the wire, but without escaping non-ASCII text: Chinese replies travel
    /// as UTF-8 (a third of the size of <c>\uXXXX</c> escapes, and readable in traces). Never embed its output in HTML.
    /// </summary>
    public static BotJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
