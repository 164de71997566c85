using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// Teams' documented limits on what a bot sends (protocol digest section 5.3), checked on the activity as it reached
/// the connector. Written apart from the code that reshapes messages, so a mistake there cannot hide here.
/// </summary>
internal static class TeamsLimitsChecker
{
    /// <summary>Teams refuses bigger messages (413 MessageSizeTooBig); measured in UTF-16.</summary>
    public const int MaxMessageBytes = 100 * 1024;

    private static readonly Version MaxCardVersion = new(1, 5);

    private static readonly string[] UnsupportedCards =
    [
        "application/vnd.microsoft.card.animation",
        "application/vnd.microsoft.card.audio",
        "application/vnd.microsoft.card.video",
    ];

    /// <summary>Everything wrong with <paramref name="body"/> (the JSON posted) for a conversation of <paramref name="scope"/>.</summary>
    public static List<string> Violations(string body, string scope)
    {
        var problems = new List<string>();
        if (body.Length * sizeof(char) >= MaxMessageBytes)
        {
            problems.Add($"message is {body.Length * sizeof(char)} bytes in UTF-16, Teams takes under {MaxMessageBytes}");
        }

        var activity = JsonNode.Parse(body)!.AsObject();
        if (activity["type"]?.GetValue<string>() != ActivityTypes.Message)
        {
            return problems;
        }

        var attachments = activity["attachments"]?.AsArray() ?? [];
        var text = activity["text"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(text) && attachments.Count > 0)
        {
            problems.Add("text and attachments in one message (Teams splits it and the ids are lost)");
        }

        if (activity["suggestedActions"]?["actions"]?.AsArray() is { Count: > 0 } actions)
        {
            if (actions.Count > 3)
            {
                problems.Add($"{actions.Count} suggested actions; Teams shows at most 3");
            }

            if (attachments.Count > 0)
            {
                problems.Add("suggested actions on a message with attachments; Teams does not show them");
            }

            if (scope != "personal")
            {
                problems.Add($"suggested actions in a {scope} conversation; Teams shows them in personal chat only");
            }

            if (actions.Any(a => a?["type"]?.GetValue<string>() != "imBack"))
            {
                problems.Add("a suggested action other than imBack");
            }
        }

        foreach (var attachment in attachments)
        {
            var contentType = attachment?["contentType"]?.GetValue<string>();
            if (UnsupportedCards.Contains(contentType))
            {
                problems.Add($"{contentType} is not supported in Teams");
            }

            if (contentType != Attachment.AdaptiveCardContentType)
            {
                continue;
            }

            var card = attachment!["content"]?.AsObject();
            if (card?["version"]?.GetValue<string>() is not { } v || !Version.TryParse(v, out var version) || version > MaxCardVersion)
            {
                problems.Add($"Adaptive Card version '{card?["version"]}' (Teams renders up to 1.5)");
            }

            if (Descendants(card).Any(n => n["type"]?.GetValue<string>() == "Media"))
            {
                problems.Add("a Media element in an Adaptive Card (unsupported in Teams)");
            }
        }

        return problems;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
