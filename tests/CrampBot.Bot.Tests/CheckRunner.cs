using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot.Tests;

/// <summary>
/// Walks a symptom check to its end the way a hurried user would: "No" (没有) to every yes/no question, "None of
/// these" to medicines, the second quick reply otherwise. Returns every reply of the conversation.
/// </summary>
internal static class CheckRunner
{
    private static readonly string[] Negatives = ["No", "None of these", "没有", "都没有"];

    public static async Task<List<Activity>> RunToAdviceAsync(BotHarness bot, string opening, int maxTurns = 40)
    {
        var all = new List<Activity>();
        var replies = await bot.SayAsync(opening);
        for (var turn = 0; turn < maxTurns; turn++)
        {
            all.AddRange(replies);
            if (replies.Any(r => r.ChannelData?["triage"] is not null))
            {
                return all;
            }

            var actions = replies.LastOrDefault()?.SuggestedActions?.Actions.Select(a => a.Title!).ToList() ?? [];
            var answer = actions.FirstOrDefault(a => Negatives.Contains(a)) ?? (actions.Count > 1 ? actions[1] : "No");
            replies = await bot.SayAsync(answer);
        }

        throw new InvalidOperationException("The check did not end with advice within " + maxTurns + " turns.");
    }
}
