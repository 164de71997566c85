using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Cli.Evaluation;

/// <summary>The kinds of question the bot describes in <c>channelData.crampbot.question.kind</c>.</summary>
public static class QuestionKinds
{
    public const string Checklist = "checklist";
    public const string YesNo = "yesno";
    public const string Frequency = "frequency";
    public const string Duration = "duration";
    public const string Location = "location";
    public const string Choice = "choice";
    public const string StretchStep = "stretch_step";
    public const string Offer = "offer";
}

/// <summary>What the bot is asking: its kind and the Core fact names the answer sets (may be empty).</summary>
public sealed record AskedQuestion(string Kind, IReadOnlyList<string> Facts)
{
    /// <summary>
    /// The question the bot describes on one of this turn's replies (<c>channelData.crampbot.question</c>), the
    /// last one when several do; null when none carries a description.
    /// </summary>
    public static AskedQuestion? Described(IReadOnlyList<Activity> replies)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            if (replies[i].ChannelData?["crampbot"]?["question"] is JsonObject question
                && question["kind"]?.GetValue<string>() is { Length: > 0 } kind)
            {
                var facts = question["facts"] is JsonArray array
                    ? array.Select(f => f?.GetValue<string>()).OfType<string>().ToList()
                    : [];
                return new AskedQuestion(kind, facts);
            }
        }

        return null;
    }
}
