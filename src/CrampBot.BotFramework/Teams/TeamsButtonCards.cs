using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Quick replies Teams would not show, as Adaptive Card buttons that behave the same: an imBack becomes an
/// Action.Submit whose <c>data.msteams</c> is <c>{type: "imBack", value}</c>, so Teams posts the value as the user's
/// visible message, exactly as the quick reply would have (digest section 5.3). postBack and messageBack map to
/// Teams' messageBack; openUrl to Action.OpenUrl.
/// </summary>
public static class TeamsButtonCards
{
    public static JsonObject ToCardAction(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var title = action.Title ?? StringOf(action.Value) ?? action.Text ?? string.Empty;
        var value = StringOf(action.Value) ?? title;
        switch (action.Type)
        {
            case ActionTypes.OpenUrl:
                return new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = value };
            case ActionTypes.PostBack:
                return Submit(title, new JsonObject { ["type"] = "messageBack", ["text"] = value });
            case ActionTypes.MessageBack:
                var messageBack = new JsonObject { ["type"] = "messageBack" };
                if (action.Text is { } text)
                {
                    messageBack["text"] = text;
                }

                if (action.DisplayText is { } display)
                {
                    messageBack["displayText"] = display;
                }

                if (action.Value is { } payload)
                {
                    messageBack["value"] = payload.DeepClone();
                }

                return Submit(title, messageBack);
            default:
                return Submit(title, new JsonObject { ["type"] = "imBack", ["value"] = value });
        }
    }

    /// <summary>Cards holding the buttons, at most <paramref name="perCard"/> each (Teams shows no more on one card).</summary>
    public static IEnumerable<Attachment> Cards(IEnumerable<CardAction> actions, string version, int perCard)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var chunk in actions.Chunk(Math.Max(1, perCard)))
        {
            yield return new Attachment
            {
                ContentType = Attachment.AdaptiveCardContentType,
                Content = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["$schema"] = AdaptiveCardRules.SchemaUrl,
                    ["version"] = version,
                    ["body"] = new JsonArray(),
                    ["actions"] = new JsonArray([.. chunk.Select(a => (JsonNode)ToCardAction(a))]),
                },
            };
        }
    }

    private static JsonObject Submit(string title, JsonObject msteams) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = new JsonObject { ["msteams"] = msteams } };

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
}
