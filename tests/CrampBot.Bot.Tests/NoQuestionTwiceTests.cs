using CrampBot.Bot.Texts;
using CrampBot.Core.Content;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// The symptom check never asks what the user already said. One row per question: the opening message states
/// the answer, and the question's wording must not appear anywhere in the conversation. The same check opened
/// without that statement must ask it, so a row cannot pass by accident.
/// </summary>
public sealed class NoQuestionTwiceTests
{
    public static TheoryData<string, string, string> AlreadyAnswered => new()
    {
        // question key, opening message (check + a statement), locale
        { "conv.check.question_frequency", "Check my symptoms: I get cramps most nights", "en-US" },
        { "conv.check.question_frequency", "检查我的症状：我几乎每晚都抽筋", "zh-CN" },
        { "conv.check.question_duration", "Check my symptoms: each cramp lasts about two minutes", "en-US" },
        { "conv.check.question_duration", "检查我的症状：每次抽筋两三分钟", "zh-CN" },
        { "conv.check.question_location", "Check my symptoms: it's always my calf", "en-US" },
        { "conv.check.question_location", "检查我的症状：是小腿抽筋", "zh-CN" },
        { "question.breathless_chest_pain", "Check my symptoms: I'm not short of breath and have no chest pain", "en-US" },
        { "question.breathless_chest_pain", "检查我的症状：没有胸痛，也不喘", "zh-CN" },
        { "question.swelling_one_side", "Check my symptoms: no swelling", "en-GB" },
        { "question.swelling_one_side", "检查我的症状：腿不肿", "zh-CN" },
        { "question.redness_warmth", "Check my symptoms: no redness", "en-US" },
        { "question.redness_warmth", "检查我的症状：腿不红", "zh-CN" },
        { "question.dark_urine", "Check my symptoms: no dark urine", "en-US" },
        { "question.dark_urine", "检查我的症状：尿色不深", "zh-CN" },
        { "question.jaw_stiffness", "Check my symptoms: my jaw is not stiff", "en-US" },
        { "question.jaw_stiffness", "检查我的症状：下巴不僵", "zh-CN" },
        { "question.injury_or_cast", "Check my symptoms: no injury", "en-US" },
        { "question.injury_or_cast", "检查我的症状：没受伤", "zh-CN" },
        { "conv.check.question_medicines", "Check my symptoms: I don't take any medicines", "en-US" },
        { "conv.check.question_medicines", "检查我的症状：我没吃药", "zh-CN" },
        { "question.pregnant_or_postpartum", "Check my symptoms: I'm not pregnant", "en-US" },
        { "question.pregnant_or_postpartum", "检查我的症状：没怀孕", "zh-CN" },
        { "conv.check.question_activity", "Check my symptoms: I haven't exercised hard", "en-US" },
        { "conv.check.question_activity", "检查我的症状：最近没剧烈运动", "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(AlreadyAnswered))]
    public async Task A_question_already_answered_is_not_asked(string questionKey, string opening, string locale)
    {
        var texts = BotTexts.Load(ConversationServiceCollectionExtensions.DefaultDialogsFolder);
        var question = texts.Get(questionKey, Locales.Resolve(locale));

        await using var told = new BotHarness(locale);
        var conversation = await CheckRunner.RunToAdviceAsync(told, opening);

        await using var baseline = new BotHarness(locale);
        var untold = await CheckRunner.RunToAdviceAsync(baseline, locale.StartsWith("zh", StringComparison.Ordinal) ? "检查我的症状" : "Check my symptoms");

        Assert.Contains(untold, r => r.Text == question);
        Assert.DoesNotContain(conversation, r => r.Text == question);
    }
}
