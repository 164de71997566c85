using CrampBot.Bot.Replies;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// The symptom check never asks what the user already said: no question or checklist box about a fact the opening
/// message settled. The same check opened without that statement must ask it, so a row cannot pass by accident.
/// </summary>
public sealed class NoQuestionTwiceTests
{
    public static TheoryData<string, string, string> AlreadyAnswered => new()
    {
        // fact, opening message (check + a statement), locale
        { "frequency_per_week", "Check my symptoms: once a month, a few seconds each", "en-US" },
        { "frequency_per_week", "检查我的症状：我几乎每晚都抽筋", "zh-CN" },
        { "episode_minutes", "Check my symptoms: each cramp lasts about two minutes", "en-US" },
        { "episode_minutes", "检查我的症状：每次抽筋两三分钟", "zh-CN" },
        { "breathless_chest_pain", "Check my symptoms: I'm not short of breath and have no chest pain", "en-US" },
        { "breathless_chest_pain", "检查我的症状：没有胸痛，也不喘", "zh-CN" },
        { "swelling_one_side", "Check my symptoms: no swelling", "en-GB" },
        { "swelling_one_side", "检查我的症状：腿不肿", "zh-CN" },
        { "redness_warmth", "Check my symptoms: no redness", "en-US" },
        { "redness_warmth", "检查我的症状：腿不红", "zh-CN" },
        { "dark_urine", "Check my symptoms: no dark urine", "en-US" },
        { "dark_urine", "检查我的症状：尿色不深", "zh-CN" },
        { "jaw_stiffness", "Check my symptoms: my jaw is not stiff", "en-US" },
        { "jaw_stiffness", "检查我的症状：下巴不僵", "zh-CN" },
        { "injury_or_cast", "Check my symptoms: no injury", "en-US" },
        { "injury_or_cast", "检查我的症状：没受伤", "zh-CN" },
        { "pregnant_or_postpartum", "Check my symptoms: I'm not pregnant", "en-US" },
        { "pregnant_or_postpartum", "检查我的症状：没怀孕", "zh-CN" },
        { "hard_exercise", "Check my symptoms: I haven't exercised hard", "en-US" },
        { "hard_exercise", "检查我的症状：最近没剧烈运动", "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(AlreadyAnswered))]
    public async Task A_question_already_answered_is_not_asked(string fact, string opening, string locale)
    {
        await using var told = new BotHarness(locale);
        var conversation = await CheckRunner.RunToAdviceAsync(told, opening);

        await using var baseline = new BotHarness(locale);
        var untold = await CheckRunner.RunToAdviceAsync(baseline, locale.StartsWith("zh", StringComparison.Ordinal) ? "检查我的症状" : "Check my symptoms");

        Assert.Contains(untold, r => Asks(r, fact));
        Assert.DoesNotContain(conversation, r => Asks(r, fact));
    }

    private static bool Asks(Activity activity, string fact) => QuestionTag.Of(activity)?.Facts.Contains(fact) == true;
}
