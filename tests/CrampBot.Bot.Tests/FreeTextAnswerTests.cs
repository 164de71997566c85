using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>A checklist answered in the user's own words: a statement counts, the rest of the list is a no.</summary>
public sealed class FreeTextAnswerTests
{
    [Theory]
    [InlineData("en-GB", "Check my symptoms", "I'm 30 weeks pregnant")]
    [InlineData("zh-CN", "检查我的症状", "孕30周了")]
    public async Task The_background_checklist_accepts_a_statement(string locale, string opening, string answer)
    {
        var texts = BotTexts.Load(ConversationServiceCollectionExtensions.DefaultDialogsFolder);
        var language = Locales.Resolve(locale);
        var none = texts.Get(TextKeys.ChoiceNone, language);
        await using var bot = new BotHarness(locale);
        await bot.AnswerNoneUntilAskedAsync(opening, Facts.PregnantOrPostpartum, none);
        var next = await bot.SayAsync(answer);

        Assert.DoesNotContain(next, r => r.Text?.StartsWith(texts.Get(TextKeys.CheckRepromptChecklist, language), StringComparison.Ordinal) == true);
        Assert.DoesNotContain(next, r => BotHarness.Asks(r, Facts.PregnantOrPostpartum) || BotHarness.Asks(r, Facts.TakesStatin));
    }
}
