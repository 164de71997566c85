using CrampBot.Bot.Replies;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// What the bot is asking: a <see cref="QuestionTag"/> kind and the Core fact names the answer sets (may be empty).
/// </summary>
public sealed record AskedQuestion(string Kind, IReadOnlyList<string> Facts)
{
    /// <summary>
    /// The question the bot describes on one of this turn's replies (channelData.crampbot.question), the last one
    /// when several do; null when none carries a description.
    /// </summary>
    public static AskedQuestion? Described(IReadOnlyList<Activity> replies)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            if (QuestionTag.Of(replies[i]) is { } tag)
            {
                return new AskedQuestion(tag.Kind, tag.Facts);
            }
        }

        return null;
    }
}
