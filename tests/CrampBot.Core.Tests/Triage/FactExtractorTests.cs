using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

/// <summary>
/// Utterance tables for fact extraction. Each expectation is "fact=Yes|No|DontKnow|Unstated" for yes/no facts,
/// or "fact=min..max" for numbers.
/// </summary>
public sealed class FactExtractorTests
{
    public static TheoryData<string, string, string[]> English => new()
    {
        { "No swelling, no redness", "en-US", ["swelling_one_side=No", "swelling_both=No", "redness_warmth=No"] },
        { "no swelling, redness or warmth in my leg", "en-US", ["swelling_one_side=No", "redness_warmth=No"] },
        { "I'm not short of breath", "en-US", ["breathless_chest_pain=No"] },
        { "not short of breath, but my left calf is swollen", "en-GB", ["breathless_chest_pain=No", "swelling_one_side=Yes", "one_leg=Yes"] },
        { "My left calf is not swollen", "en-US", ["swelling_one_side=No"] },
        { "no swelling, my calf is red though", "en-US", ["swelling_one_side=No", "redness_warmth=Yes"] },
        { "I'm not sure if my leg is swollen", "en-US", ["swelling_one_side=DontKnow"] },
        { "I don't know why, but my calf is swollen", "en-US", ["swelling_one_side=Yes"] },
        { "Both my ankles get puffy by the evening", "en-US", ["swelling_both=Yes", "swelling_one_side=Unstated"] },
        { "My calf cramps most nights and it lasts a couple of minutes", "en-US", ["frequency_per_week=3..7", "episode_minutes=1..3", "location_calf=Yes"] },
        { "It has lasted 25 minutes", "en-US", ["episode_minutes=25..25"] },
        { "I've had them for three months", "en-US", ["history_weeks=12..14", "episode_minutes=Unstated"] },
        { "after walking 15 minutes my calf hurts, then it goes away when I rest", "en-US", ["episode_minutes=Unstated", "pain_walking_relieved_rest=Yes"] },
        { "I'm 67 and on simvastatin", "en-GB", ["age_years=67..67", "takes_statin=Yes"] },
        { "Can I take quinine for this?", "en-US", ["asks_quinine=Yes", "takes_quinine=Unstated"] },
        { "I have been taking quinine for years", "en-GB", ["takes_quinine=Yes"] },
        { "I don't exercise much and sit at a desk all day", "en-US", ["inactive=Yes", "hard_exercise=Unstated"] },
        { "tingling around my lips", "en-US", ["tingling_mouth=Yes", "numbness_tingling=Unstated"] },
        { "My feet are numb and tingly", "en-US", ["numbness_tingling=Yes", "cold_pale_foot=Unstated"] },
        { "My feet get cold at night", "en-US", ["cold_exposure=Yes", "cold_pale_foot=Unstated"] },
        { "I can't sleep because of them", "en-US", ["sleep_disturbed=Yes"] },
        { "It doesn't wake me up", "en-US", ["sleep_disturbed=No"] },
        { "I’m not on any water tablets", "en-US", ["takes_diuretic=No"] },
        { "Nothing else, no numbness, no weakness", "en-US", ["numbness_tingling=No", "muscle_weakness=No"] },

        // A denial after the symptom word, and "normal" statements, answer the question too.
        { "my foot isn't cold", "en-US", ["cold_pale_foot=No", "cold_exposure=Unstated"] },
        { "my feet aren't cold or pale", "en-US", ["cold_pale_foot=No"] },
        { "foot is warm and normal colour", "en-GB", ["cold_pale_foot=No"] },
        { "my toes are a normal colour", "en-US", ["cold_pale_foot=No"] },
        { "no cold or pale feet", "en-US", ["cold_pale_foot=No"] },
        { "my feet don't go white or blue", "en-US", ["cold_pale_foot=No"] },
        { "the leg isn't swollen", "en-US", ["swelling_one_side=No", "swelling_both=No"] },
        { "my legs aren't swollen or red", "en-US", ["swelling_one_side=No", "redness_warmth=No"] },
        { "my urine is a normal colour", "en-GB", ["dark_urine=No"] },
        { "pee looks clear", "en-US", ["dark_urine=No"] },
        { "my pee isn't dark", "en-US", ["dark_urine=No"] },
        { "my muscles aren't weak", "en-US", ["muscle_weakness=No"] },
        // Positives still fire, and beat a "normal" elsewhere in the message.
        { "my foot is cold and pale", "en-US", ["cold_pale_foot=Yes"] },
        { "my foot isn't cold, but it's pale", "en-US", ["cold_pale_foot=Yes"] },
        { "my foot is a normal colour but my toes went ice cold", "en-US", ["cold_pale_foot=Yes"] },
        { "no swelling in my legs, they're pale and cold", "en-US", ["cold_pale_foot=Yes"] },
        { "my urine is very dark", "en-US", ["dark_urine=Yes"] },
        { "my urine was normal yesterday but today it's dark like cola", "en-US", ["dark_urine=Yes"] },
        { "my feet get cold at night", "en-US", ["cold_exposure=Yes", "cold_pale_foot=Unstated"] },
        // Questions and negated "normal" are not denials.
        { "isn't my foot cold?", "en-US", ["cold_pale_foot=Unstated"] },
        { "but isn't my leg swollen?", "en-US", ["swelling_one_side=Yes"] },
        { "is my urine a normal colour?", "en-US", ["dark_urine=Unstated"] },
        { "my pee is not a normal colour", "en-US", ["dark_urine=Unstated"] },
        { "I'm not sure my foot is a normal colour", "en-US", ["cold_pale_foot=DontKnow"] },
        { "my foot cramps and my pee is a normal colour", "en-US", ["dark_urine=No", "cold_pale_foot=Unstated"] },
    };

    public static TheoryData<string, string, string[]> Chinese => new()
    {
        { "腿不肿也不红", "zh-CN", ["swelling_one_side=No", "swelling_both=No", "redness_warmth=No"] },
        { "没有胸痛，也不喘", "zh-CN", ["breathless_chest_pain=No"] },
        { "没有肿胀和发红", "zh-CN", ["swelling_one_side=No", "redness_warmth=No"] },
        { "左腿不肿，但是右腿肿了", "zh-CN", ["swelling_one_side=Yes"] },
        { "不知道腿有没有肿", "zh-CN", ["swelling_one_side=DontKnow"] },
        { "不知道为什么左小腿肿了", "zh-CN", ["swelling_one_side=Yes", "one_leg=Yes"] },
        { "脚踝傍晚会肿", "zh-CN", ["swelling_both=Yes", "swelling_one_side=Unstated"] },
        { "一周三四次，每次两三分钟", "zh-CN", ["frequency_per_week=3..4", "episode_minutes=2..3"] },
        { "抽筋二十分钟了", "zh-CN", ["episode_minutes=20..20"] },
        { "已经三个月了", "zh-CN", ["history_weeks=12..14"] },
        { "我怀孕七个月了", "zh-CN", ["pregnant_or_postpartum=Yes", "history_weeks=Unstated"] },
        { "我今年六十七岁，在吃他汀", "zh-CN", ["age_years=67..67", "takes_statin=Yes"] },
        { "我在吃哮喘的药", "zh-CN", ["takes_beta2_agonist=Yes", "breathless_chest_pain=Unstated"] },
        { "嘴唇周围发麻", "zh-CN", ["tingling_mouth=Yes", "numbness_tingling=Unstated"] },
        { "脚有点麻", "zh-CN", ["numbness_tingling=Yes"] },
        { "尿色不深", "zh-CN", ["dark_urine=No"] },
        { "尿像浓茶一样", "zh-CN", ["dark_urine=Yes"] },
        { "奎宁能吃吗", "zh-CN", ["asks_quinine=Yes", "takes_quinine=Unstated"] },
        { "我一直在吃奎宁", "zh-CN", ["takes_quinine=Yes"] },
        { "平时不怎么运动", "zh-CN", ["inactive=Yes", "hard_exercise=Unstated"] },
        { "疼得睡不着", "zh-CN", ["sleep_disturbed=Yes"] },
        { "很麻烦，老是抽筋", "zh-CN", ["numbness_tingling=Unstated"] },
        { "没有受伤，也没有伤口", "zh-CN", ["injury_or_cast=No", "wound_recent=No"] },
        { "腿没力气", "zh-CN", ["muscle_weakness=Yes"] },

        // 症状词后面的否定和"正常"的说法也算回答。
        { "尿色正常", "zh-CN", ["dark_urine=No"] },
        { "小便颜色正常", "zh-CN", ["dark_urine=No"] },
        { "尿不黑", "zh-CN", ["dark_urine=No"] },
        { "尿量正常，颜色也正常", "zh-CN", ["dark_urine=No"] },
        { "脚不凉", "zh-CN", ["cold_pale_foot=No", "cold_exposure=Unstated"] },
        { "脚不冰也不发白", "zh-CN", ["cold_pale_foot=No"] },
        { "脚的颜色正常", "zh-CN", ["cold_pale_foot=No"] },
        { "脚不凉，颜色也正常", "zh-CN", ["cold_pale_foot=No", "dark_urine=Unstated"] },
        { "脚摸着很暖和", "zh-CN", ["cold_pale_foot=No"] },
        { "腿不肿", "zh-CN", ["swelling_one_side=No", "swelling_both=No"] },
        { "腿也不冷", "zh-CN", ["cold_pale_foot=No"] },
        // 肯定的说法照样算。
        { "尿色很深", "zh-CN", ["dark_urine=Yes"] },
        { "小便颜色很深", "zh-CN", ["dark_urine=Yes"] },
        { "尿量正常，但是颜色很深", "zh-CN", ["dark_urine=Yes"] },
        { "脚颜色正常，但是脚突然变凉了", "zh-CN", ["cold_pale_foot=Yes"] },
        { "脚很冷", "zh-CN", ["cold_exposure=Yes", "cold_pale_foot=Unstated"] },
        { "脚突然冰凉发白", "zh-CN", ["cold_pale_foot=Yes"] },
        // 问句和"不正常"不是否认。
        { "脚不凉吗？", "zh-CN", ["cold_pale_foot=Unstated"] },
        { "尿色正常吗？", "zh-CN", ["dark_urine=Unstated"] },
        { "尿量正常", "zh-CN", ["dark_urine=Unstated"] },
        { "腿上没有青筋，也没冷敷", "zh-CN", ["cold_pale_foot=Unstated"] },
        { "尿的颜色不正常", "zh-CN", ["dark_urine=Unstated"] },
        { "脚抽筋，尿色正常", "zh-CN", ["dark_urine=No", "cold_pale_foot=Unstated"] },
    };

    [Theory]
    [MemberData(nameof(English))]
    [MemberData(nameof(Chinese))]
    public void Extracts_facts(string text, string locale, string[] expectations)
    {
        var report = FactExtractor.Extract(text, locale);
        foreach (var expectation in expectations)
        {
            var (fact, expected) = (expectation[..expectation.IndexOf('=')], expectation[(expectation.IndexOf('=') + 1)..]);
            if (expected.Contains("..", StringComparison.Ordinal))
            {
                var range = report.Number(fact);
                Assert.True(range is not null, $"{fact} not found in '{text}' ({report})");
                var bounds = expected.Split("..").Select(double.Parse).ToArray();
                Assert.True(range.Min >= bounds[0] && range.Max <= bounds[1], $"{fact}={range} outside {expected} for '{text}'");
            }
            else
            {
                Assert.True(Enum.Parse<FactValue>(expected) == report[fact], $"{fact}: expected {expected}, got {report[fact]} for '{text}' ({report})");
            }
        }
    }

    [Fact]
    public void Mentions_point_at_the_users_own_words()
    {
        const string text = "No swelling, but my calf is RED";
        var extraction = FactExtractor.ExtractWithMentions(text, "en-US");

        var red = Assert.Single(extraction.Mentions, m => m.Fact == Facts.RednessWarmth);
        Assert.Equal("RED", red.Text);
        Assert.Equal(text.IndexOf("RED", StringComparison.Ordinal), red.Start);
    }

    [Fact]
    public void Empty_or_unrelated_text_states_nothing()
    {
        Assert.Empty(FactExtractor.Extract("", "en-US").Flags);
        Assert.Empty(FactExtractor.Extract("hello there", "en-US").Flags);
        Assert.Empty(FactExtractor.Extract("你好", "zh-CN").Flags);
    }
}
