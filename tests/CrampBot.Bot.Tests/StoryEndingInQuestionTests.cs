using System.Text.Json.Nodes;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// A story that ends in "what do I do?" is a story: its red flags count, even when it is about someone else and
/// never says "I". A message that is only a general question still adds nothing to the report.
/// </summary>
public sealed class StoryEndingInQuestionTests
{
    [Theory]
    [InlineData("en-US", "Grandad woke up with his left foot icy cold and white, it looks different from the other one. What should we do?")]
    [InlineData("zh-CN", "老爷子半夜疼醒了，左脚冰凉，脚面发白，跟右脚不一样。怎么办？")]
    public async Task A_red_flag_told_before_the_question_escalates(string locale, string story)
    {
        await using var bot = new BotHarness(locale);

        var replies = await bot.SayAsync(story);

        Assert.Contains(replies, r => Level(r) == "emergency");
    }

    [Theory]
    [InlineData("can statins cause cramps?", "")]
    [InlineData("他汀会引起抽筋吗？", "")]
    [InlineData("His foot is cold and white. What do we do?", "His foot is cold and white.")]
    [InlineData("他脚冰凉发白。咋整啊？", "他脚冰凉发白。")]
    [InlineData("I'm pregnant, is that normal?", "I'm pregnant, is that normal?")]
    public void Keeps_the_statements_and_drops_general_questions(string text, string statements)
    {
        Assert.Equal(statements, GeneralQuestion.Statements(text));
    }

    private static string? Level(Activity activity) =>
        (activity.ChannelData as JsonObject)?["triage"]?["level"]?.GetValue<string>();
}
