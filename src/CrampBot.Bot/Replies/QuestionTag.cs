using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot.Replies;

/// <summary>
/// A machine-readable description of what a bot message asks, so a program on the other side (the simulated
/// patients of <c>CrampBot.Cli evaluate</c>, a test, a channel that renders its own widgets) knows what is being
/// asked without reading the words. Every message that asks the user something carries it.
/// </summary>
/// <remarks>
/// The contract (keep it stable; a change is written here):
/// <code>
/// "channelData": { "crampbot": { "question": { "kind": KIND, "facts": [FACT, ...] } } }
/// </code>
/// KIND is one of <c>checklist</c> (tick any of several signs, or "none of these"), <c>yesno</c> (yes / no /
/// not sure about the facts listed, one red flag at most), <c>frequency</c>, <c>duration</c>, <c>location</c>,
/// <c>choice</c> (pick one option or say it in words), <c>stretch_step</c> (a step of the walkthrough for a cramp
/// happening now: "done" or "still hurts"), <c>offer</c> (the bot offers something: yes or no).
/// FACT is a fact name from CrampBot.Core's Triage/Facts.cs that the answer sets; empty when the answer sets none
/// (a menu, an offer, a stretch step). It is merged with any other channelData (the advice's <c>triage</c>).
/// </remarks>
public static class QuestionTag
{
    public const string Checklist = "checklist";
    public const string YesNo = "yesno";
    public const string Frequency = "frequency";
    public const string Duration = "duration";
    public const string Location = "location";
    public const string Choice = "choice";
    public const string StretchStep = "stretch_step";
    public const string Offer = "offer";

    /// <summary>Tags <paramref name="activity"/> as asking a question of <paramref name="kind"/> about <paramref name="facts"/>.</summary>
    public static Activity Asking(this Activity activity, string kind, params IEnumerable<string> facts)
    {
        var data = activity.ChannelData as JsonObject ?? new JsonObject();
        var crampbot = data["crampbot"] as JsonObject ?? new JsonObject();
        crampbot["question"] = new JsonObject
        {
            ["kind"] = kind,
            ["facts"] = new JsonArray([.. facts.Distinct(StringComparer.Ordinal).Select(f => (JsonNode)JsonValue.Create(f))]),
        };
        data["crampbot"] = crampbot;
        activity.ChannelData = data;
        return activity;
    }

    /// <summary>The question an activity carries, or null: (kind, facts).</summary>
    public static (string Kind, IReadOnlyList<string> Facts)? Of(Activity activity)
    {
        if (activity.ChannelData?["crampbot"]?["question"] is not JsonObject question || question["kind"]?.GetValue<string>() is not { } kind)
        {
            return null;
        }

        var facts = (question["facts"] as JsonArray)?.Select(f => f!.GetValue<string>()).ToList() ?? [];
        return (kind, facts);
    }
}
