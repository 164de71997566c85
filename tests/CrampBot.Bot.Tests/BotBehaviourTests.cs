using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>What a user sees at the edges the transcripts do not reach: welcome events, storage, time, cards.</summary>
public sealed class BotBehaviourTests
{
    private static Activity Update(string type, string? action = null, params ChannelAccount[] added) => new()
    {
        Type = type,
        Action = action,
        MembersAdded = added.Length == 0 ? null : [.. added],
    };

    [Fact]
    public async Task Welcomes_once_per_conversation()
    {
        await using var bot = new BotHarness("en-US");
        var user = bot.Adapter.Conversation.User!;

        var first = await bot.Turn(Update(ActivityTypes.ConversationUpdate, added: user), TestContext.Current.CancellationToken);
        var again = await bot.Turn(Update(ActivityTypes.ConversationUpdate, added: user), TestContext.Current.CancellationToken);

        var welcome = Assert.Single(first);
        Assert.StartsWith("Hi, I'm CrampBot.", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("diagnose", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["Why do my legs cramp at night?", "I have a cramp right now", "Check my symptoms", "How to prevent cramps", "中文 / English"],
            welcome.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Empty(again);
    }

    [Fact]
    public async Task Does_not_welcome_the_bot_itself()
    {
        await using var bot = new BotHarness("en-US");

        var replies = await bot.Turn(Update(ActivityTypes.ConversationUpdate, added: bot.Adapter.Conversation.Bot!), TestContext.Current.CancellationToken);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Welcomes_on_a_Teams_installation_in_the_locale_language()
    {
        await using var bot = new BotHarness("zh-CN");

        var replies = await bot.Turn(Update(ActivityTypes.InstallationUpdate, "add"), TestContext.Current.CancellationToken);

        var welcome = Assert.Single(replies);
        Assert.StartsWith("你好，我是 CrampBot", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("不能诊断", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_my_data_removes_everything_stored_for_the_user()
    {
        await using var bot = new BotHarness("en-US");
        var conversation = bot.Adapter.Conversation;
        var keys = new[]
        {
            ConversationState.KeyFor(conversation.ChannelId!, conversation.Conversation!.Id!),
            UserState.KeyFor(conversation.ChannelId!, conversation.User!.Id!),
        };
        await bot.SayAllAsync("中文", "我几乎每晚都抽筋");
        Assert.Equal(2, (await bot.Storage.ReadAsync(keys, TestContext.Current.CancellationToken)).Count);

        await bot.SayAsync("删除我的数据");
        var done = await bot.SayAsync("是，全部删除");

        Assert.StartsWith("已删除", done.Single().Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Storage.ReadAsync(keys, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_language_choice_is_kept_for_the_user_in_a_new_conversation()
    {
        var storage = new MemoryStorage();
        await using (var first = new BotHarness("en-US", storage: storage, conversationId: "night-1"))
        {
            await first.SayAsync("中文");
        }

        await using var second = new BotHarness("en-US", storage: storage, conversationId: "night-2");
        var replies = await second.SayAsync("Why do my legs cramp at night?");

        Assert.StartsWith("夜里腿抽筋", replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cramp_still_there_after_ten_minutes_on_the_clock_brings_the_see_a_doctor_today_advice()
    {
        var clock = new ManualClock();
        await using var bot = new BotHarness("en-GB", time: clock);
        await bot.SayAsync("I have a cramp right now");

        clock.Advance(TimeSpan.FromMinutes(11));
        var replies = await bot.SayAsync("Still hurts");

        Assert.StartsWith("It has been about 11 minutes", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("see-doctor-soon", replies[1].ChannelData!["triage"]!["level"]!.GetValue<string>());
        Assert.Null(replies[1].SuggestedActions);
    }

    [Theory]
    [InlineData("en-US", "I have a cramp right now", "Step 1 of 5")]
    [InlineData("zh-CN", "抽筋了", "第1步，共5步")]
    public async Task Each_stretch_step_is_a_card_with_a_text_fallback_and_done_or_still_hurts(string locale, string opening, string hint)
    {
        await using var bot = new BotHarness(locale);

        var replies = await bot.SayAsync(opening);

        var step = replies[^1];
        Assert.Contains(hint, step.Text, StringComparison.Ordinal);
        Assert.Equal(2, step.SuggestedActions!.Actions.Count);
        TriageSummaryTests.AssertCardMatchesText(step);
    }

    [Theory]
    [InlineData("en-US", "Check my symptoms", "Yes")]
    [InlineData("zh-CN", "检查我的症状", "是")]
    public async Task A_red_flag_answered_yes_ends_the_check_with_no_further_question(string locale, string opening, string yes)
    {
        await using var bot = new BotHarness(locale);
        var replies = await bot.SayAsync(opening);
        while (replies[^1].SuggestedActions?.Actions.Any(a => a.Title == yes) != true)
        {
            replies = await bot.SayAsync(replies[^1].SuggestedActions!.Actions[1].Title!);
        }

        replies = await bot.SayAsync(yes);

        var advice = Assert.Single(replies);
        Assert.Equal("emergency", advice.ChannelData!["triage"]!["level"]!.GetValue<string>());
        Assert.Null(advice.SuggestedActions);
        // The check is over: the next message is not taken as an answer, and no yes/no question follows.
        var next = await bot.SayAsync("ok");
        Assert.DoesNotContain(next, r => r.SuggestedActions?.Actions.Any(a => a.Title == yes) == true);
    }
}

/// <summary>A cramp that starts in the middle of the symptom check gets the stretch at once.</summary>
public sealed class CrampNowInterruptTests
{
    [Theory]
    [InlineData("en-US", "Check my symptoms", "I have a cramp right now", "Straighten your knee")]
    [InlineData("zh-CN", "检查我的症状", "哎呀，现在抽筋了", "把膝盖伸直")]
    public async Task A_cramp_now_mid_check_starts_the_stretch(string locale, string opening, string cramp, string firstStep)
    {
        await using var bot = new BotHarness(locale);
        await bot.SayAsync(opening);

        var replies = await bot.SayAsync(cramp);

        Assert.Contains(firstStep, replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(2, replies[^1].SuggestedActions!.Actions.Count);
    }
}
