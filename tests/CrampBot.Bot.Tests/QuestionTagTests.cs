using CrampBot.Bot.Replies;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// Every message that asks something says so in channelData.crampbot.question (kind and the facts it sets), so a
/// program can answer it without reading the words: the contract documented at <see cref="QuestionTag"/>.
/// </summary>
public sealed class QuestionTagTests
{
    private static readonly HashSet<string> Kinds =
    [
        QuestionTag.Checklist, QuestionTag.YesNo, QuestionTag.Frequency, QuestionTag.Duration, QuestionTag.Location,
        QuestionTag.Choice, QuestionTag.StretchStep, QuestionTag.Offer,
    ];

    [Theory]
    [InlineData("Check my symptoms", "en-US")]
    [InlineData("检查我的症状", "zh-CN")]
    public async Task Every_question_of_the_check_is_tagged_with_known_facts(string opening, string locale)
    {
        await using var bot = new BotHarness(locale);
        var conversation = await CheckRunner.RunToAdviceAsync(bot, opening);

        var questions = conversation.Where(r => r.SuggestedActions is not null && r.ChannelData?["triage"] is null).ToList();
        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            var tag = QuestionTag.Of(q);
            Assert.True(tag is not null, $"untagged question: {q.Text}");
            Assert.Contains(tag.Value.Kind, Kinds);
            Assert.All(tag.Value.Facts, f => Assert.NotNull(Facts.Find(f)));
        });
        Assert.Contains(questions, q => QuestionTag.Of(q)!.Value.Kind == QuestionTag.Frequency
                                        && QuestionTag.Of(q)!.Value.Facts.SequenceEqual([Facts.FrequencyPerWeek]));

        // The advice keeps its own summary beside any tag.
        Assert.Single(conversation, r => r.ChannelData?["triage"] is not null);
    }

    [Fact]
    public async Task A_stretch_step_is_tagged_and_a_reply_with_a_red_flag_keeps_its_triage_summary()
    {
        await using var bot = new BotHarness("en-US");
        var step = (await bot.SayAsync("I have a cramp right now")).Last();
        Assert.Equal(QuestionTag.StretchStep, QuestionTag.Of(step)?.Kind);

        var advice = (await bot.SayAsync("my foot has gone cold and white and I can't move my toes")).Last();
        Assert.Equal("emergency", advice.ChannelData?["triage"]?["level"]?.GetValue<string>());
    }
}
