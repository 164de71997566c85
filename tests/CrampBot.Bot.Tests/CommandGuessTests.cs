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
            Assert.DoesNotContain(replies, r => BotHarness.Asks(r, Facts.BreathlessChestPain));
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
        var bot = new BotHarness(locale);
        await bot.AnswerNoneUntilAskedAsync(opening, Facts.EpisodeMinutes, texts.Get(TextKeys.ChoiceNone, language));
        return (bot, texts, language);
    }
}
