using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// An answer that only looks like a command ("刚开始" = it has only just started) must not throw the check away;
/// the exact command words still do.
/// </summary>
public sealed class CommandGuessTests
{
    [Theory]
    [InlineData("en-US", "Check my symptoms", "it only just started")]
    [InlineData("zh-CN", "检查我的症状", "刚开始")]
    public async Task An_answer_that_resembles_a_command_stays_with_the_question(string locale, string opening, string answer)
    {
        var (bot, texts, language) = await AtTheDurationQuestion(locale, opening);
        await using (bot)
        {
            var replies = await bot.SayAsync(answer);

            Assert.DoesNotContain(replies, r => r.Text?.StartsWith(texts.Get(TextKeys.StartOverDone, language), StringComparison.Ordinal) == true);
            Assert.DoesNotContain(replies, r => QuestionTag.Of(r)?.Facts.Contains(Facts.BreathlessChestPain) == true);
        }
    }

    [Theory]
    [InlineData("en-US", "Check my symptoms", "start over")]
    [InlineData("zh-CN", "检查我的症状", "重新开始")]
    public async Task The_exact_command_still_starts_over_mid_question(string locale, string opening, string command)
    {
        var (bot, texts, language) = await AtTheDurationQuestion(locale, opening);
        await using (bot)
        {
            var replies = await bot.SayAsync(command);

            Assert.Contains(replies, r => r.Text?.StartsWith(texts.Get(TextKeys.StartOverDone, language), StringComparison.Ordinal) == true);
        }
    }

    private static async Task<(BotHarness Bot, BotTexts Texts, string Language)> AtTheDurationQuestion(string locale, string opening)
    {
        var texts = BotTexts.Load(ConversationServiceCollectionExtensions.DefaultDialogsFolder);
        var language = Locales.Resolve(locale);
        var none = texts.Get(TextKeys.ChoiceNone, language);
        var bot = new BotHarness(locale);
        var replies = await bot.SayAsync(opening);
        for (var turn = 0; turn < 10 && !Asks(replies[^1], Facts.EpisodeMinutes); turn++)
        {
            var actions = replies[^1].SuggestedActions!.Actions.Select(a => a.Title!).ToList();
            replies = await bot.SayAsync(actions.Contains(none) ? none : actions[1]);
        }

        Assert.True(Asks(replies[^1], Facts.EpisodeMinutes), "the check never asked how long a cramp lasts");
        return (bot, texts, language);
    }

    private static bool Asks(Activity activity, string fact) => QuestionTag.Of(activity)?.Facts.Contains(fact) == true;
}
