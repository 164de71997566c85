using CrampBot.Bot.Texts;
using CrampBot.Core.Content;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>A question answered with a statement rather than "yes" is understood, not reprompted.</summary>
public sealed class FreeTextAnswerTests
{
    [Theory]
    [InlineData("en-GB", "Check my symptoms", "I'm 30 weeks along", "No")]
    [InlineData("zh-CN", "检查我的症状", "孕30周了", "没有")]
    public async Task The_pregnancy_question_accepts_a_statement(string locale, string opening, string answer, string no)
    {
        var texts = BotTexts.Load(ConversationServiceCollectionExtensions.DefaultDialogsFolder);
        var language = Locales.Resolve(locale);
        var pregnancy = texts.Get("question.pregnant_or_postpartum", language);
        await using var bot = new BotHarness(locale);
        var replies = await bot.SayAsync(opening);
        for (var turn = 0; turn < 30 && replies[^1].Text != pregnancy; turn++)
        {
            var actions = replies[^1].SuggestedActions!.Actions.Select(a => a.Title!).ToList();
            replies = await bot.SayAsync(actions.Contains(no) ? no : actions[1]);
        }

        Assert.Equal(pregnancy, replies[^1].Text);
        var next = await bot.SayAsync(answer);

        Assert.DoesNotContain(next, r => r.Text == texts.Get(TextKeys.CheckRepromptYesNo, language));
        Assert.Equal(texts.Get(TextKeys.CheckQuestionActivity, language), next[^1].Text);
    }
}
