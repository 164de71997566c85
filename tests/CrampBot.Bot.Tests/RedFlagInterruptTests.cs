using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// Every red flag interrupts the symptom check and the stretch walkthrough. An emergency sign brings the escalation
/// advice at once; a see-a-doctor-soon sign first gets the one checklist of emergency signs (unless they are
/// already answered), and "none of these" brings the advice naming the rule. Nothing more is asked after it.
/// Each flag in both languages.
/// </summary>
public sealed class RedFlagInterruptTests
{
    public static TheoryData<string, string, string> RedFlags => new()
    {
        // rule, locale, what the user says in the middle of something else
        { "RF-01", "en-GB", "one calf is swollen and red and it aches all the time" },
        { "RF-01", "zh-CN", "左小腿肿了，摸着发热，一直胀痛" },
        { "RF-02", "en-US", "my calf is swollen and red and I'm short of breath" },
        { "RF-02", "zh-CN", "小腿肿了，喘不上气" },
        { "RF-03", "en-US", "my foot has suddenly gone cold and pale and I can't move my toes" },
        { "RF-03", "zh-CN", "脚突然冰凉发白，脚趾动不了" },
        { "RF-04", "en-GB", "this cramp has lasted 20 minutes and stretching isn't helping" },
        { "RF-04", "zh-CN", "抽筋二十分钟了，拉伸也没用" },
        { "RF-05", "en-US", "I stepped on a rusty nail two weeks ago" },
        { "RF-05", "zh-CN", "十天前被生锈的钉子扎了脚" },
        { "RF-06", "en-GB", "I work with lead dust every day" },
        { "RF-06", "zh-CN", "我在电池厂上班，经常接触铅" },
        { "RF-07", "en-US", "I started simvastatin last month" },
        { "RF-07", "zh-CN", "吃他汀两个月了" },
        { "RF-08", "en-US", "after a long run in the heat my pee is dark brown like cola" },
        { "RF-08", "zh-CN", "尿像酱油一样" },
        { "RF-09", "en-GB", "my legs are getting weaker and I keep tripping" },
        { "RF-09", "zh-CN", "腿越来越没力气，上楼梯吃力" },
        { "RF-10", "en-US", "my toes hurt at night and it helps to hang my foot over the side of the bed" },
        { "RF-10", "zh-CN", "晚上脚趾疼，把腿垂到床边才好一点" },
        { "RF-11", "en-GB", "I broke my ankle and I'm in a cast and the pain keeps getting worse" },
        { "RF-11", "zh-CN", "小腿骨折打了石膏，现在疼得越来越厉害" },
        { "RF-12", "en-US", "since my thyroid operation my lips tingle" },
        { "RF-12", "zh-CN", "甲状腺手术后嘴唇周围发麻" },
        { "RF-13", "en-GB", "I take quinine and I have bruises I can't explain" },
        { "RF-13", "zh-CN", "我在吃奎宁，最近身上莫名其妙有淤青" },
        { "RF-14", "en-GB", "I had my baby three weeks ago and now one calf is swollen" },
        { "RF-14", "zh-CN", "刚生完孩子一个月，一条腿肿了" },
    };

    [Theory]
    [MemberData(nameof(RedFlags))]
    public async Task A_red_flag_mid_check_ends_it_with_the_escalation_advice(string rule, string locale, string message)
    {
        await using var bot = new BotHarness(locale);
        await bot.SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "检查我的症状" : "Check my symptoms");

        var replies = await bot.SayAsync(message);

        await AssertEscalationAsync(bot, replies, rule, locale);
    }

    [Theory]
    [MemberData(nameof(RedFlags))]
    public async Task A_red_flag_mid_stretch_ends_it_with_the_escalation_advice(string rule, string locale, string message)
    {
        await using var bot = new BotHarness(locale);
        await bot.SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "抽筋了" : "I have a cramp right now");

        var replies = await bot.SayAsync(message);

        await AssertEscalationAsync(bot, replies, rule, locale);
    }

    private static async Task AssertEscalationAsync(BotHarness bot, IReadOnlyList<Activity> replies, string rule, string locale)
    {
        if (replies.All(r => r.ChannelData?["triage"] is null))
        {
            // A see-a-doctor-soon sign: the emergency signs are checked first, in one checklist.
            var checklist = replies[^1];
            Assert.Equal("checklist", checklist.ChannelData?["crampbot"]?["question"]?["kind"]?.GetValue<string>());
            Assert.Contains("breathless_chest_pain", checklist.ChannelData!["crampbot"]!["question"]!["facts"]!.AsArray().Select(f => f!.GetValue<string>()));
            replies = await bot.SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "都没有" : "none of these");
        }

        var advice = Assert.Single(replies, r => r.ChannelData?["triage"] is not null);
        Assert.Same(advice, replies[^1]);
        var triage = advice.ChannelData!["triage"]!;
        Assert.Contains(rule, triage["rules"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(triage["level"]!.GetValue<string>(), new[] { "see-doctor-soon", "emergency" });

        // No question follows and no reassuring next step is offered.
        Assert.Null(advice.SuggestedActions);
    }
}
