using System.Globalization;
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Makes an Adaptive Card one Teams renders in a bot message: schema version at most 1.5, and no Media elements
/// (unsupported there; each is replaced by its alt text when it has one, so the words are not lost).
/// </summary>
public static class AdaptiveCardRules
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>A conforming copy of <paramref name="card"/>; the original is left as it was.</summary>
    public static JsonObject Conform(JsonObject card, string maxVersion)
    {
        ArgumentNullException.ThrowIfNull(card);
        var copy = (JsonObject)card.DeepClone();
        var declared = copy["version"] is JsonValue v && v.TryGetValue<string>(out var s) ? ParseVersion(s) : null;
        var max = ParseVersion(maxVersion) ?? new Version(1, 5);
        if (declared is null || declared > max)
        {
            copy["version"] = $"{max.Major}.{max.Minor}";
        }

        ReplaceMedia(copy);
        return copy;
    }

    /// <summary>"1.5" → 1.5; anything unreadable → null.</summary>
    public static Version? ParseVersion(string? version) =>
        Version.TryParse(version, out var parsed) ? parsed
        : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? new Version(major, 0)
        : null;

    /// <summary>Whether an element (at any depth) is of type Media.</summary>
    public static bool IsMedia(JsonNode? node) =>
        node is JsonObject o && o["type"] is JsonValue t && t.TryGetValue<string>(out var type) && string.Equals(type, "Media", StringComparison.OrdinalIgnoreCase);

    private static void ReplaceMedia(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (IsMedia(array[i]))
                    {
                        var alt = array[i]!["altText"] is JsonValue a && a.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
                        array.RemoveAt(i);
                        if (alt is not null)
                        {
                            array.Insert(i, new JsonObject { ["type"] = "TextBlock", ["text"] = alt, ["wrap"] = true });
                        }
                    }
                    else
                    {
                        ReplaceMedia(array[i]);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    ReplaceMedia(child);
                }

                break;
        }
    }
}
