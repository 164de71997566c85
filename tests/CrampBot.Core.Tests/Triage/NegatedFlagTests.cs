using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

/// <summary>Denying a red flag in free text, in either language, must never fire it: the fact reads as no.</summary>
public sealed class NegatedFlagTests
{
    public static TheoryData<string, string, string[]> Denials => new()
    {
        { "I don't have any chest pain and I'm not short of breath", "en-US", ["breathless_chest_pain"] },
        { "No injuries, no cuts, haven't been near any chemicals", "en-US", ["injury_or_cast", "wound_recent", "toxin_exposure"] },
        { "My pee is normal, not dark", "en-US", ["dark_urine"] },
        { "My foot isn't pale and it's not suddenly cold", "en-US", ["cold_pale_foot"] },
        { "no weakness or twitching, and no numbness", "en-US", ["muscle_weakness", "wasting_twitching", "numbness_tingling"] },
        { "Neither leg is swollen or red", "en-US", ["swelling_one_side", "redness_warmth"] },
        { "I'm not on statins and I don't take quinine", "en-US", ["takes_statin", "takes_quinine"] },
        { "no tingling around my mouth, jaw isn't stiff", "en-US", ["tingling_mouth", "jaw_stiffness"] },
        { "my foot isn't cold and it's a normal colour, my urine is normal", "en-US", ["cold_pale_foot", "dark_urine"] },
        { "My feet aren't cold or pale and the leg isn't swollen", "en-US", ["cold_pale_foot", "swelling_one_side"] },
        { "没有胸闷气短，也没咳血", "zh-CN", ["breathless_chest_pain"] },
        { "没受过伤，也没有伤口，没接触过有毒的东西", "zh-CN", ["injury_or_cast", "wound_recent", "toxin_exposure"] },
        { "尿色不深", "zh-CN", ["dark_urine"] },
        { "脚不发白，也没有发紫", "zh-CN", ["cold_pale_foot"] },
        { "没有无力，肌肉也不跳，不麻", "zh-CN", ["muscle_weakness", "wasting_twitching", "numbness_tingling"] },
        { "两条腿都不肿，也不红", "zh-CN", ["swelling_one_side", "swelling_both", "redness_warmth"] },
        { "没吃他汀，也没吃奎宁", "zh-CN", ["takes_statin", "takes_quinine"] },
        { "嘴唇不麻，下巴也不僵", "zh-CN", ["tingling_mouth", "jaw_stiffness"] },
        { "尿色正常，脚不凉", "zh-CN", ["dark_urine", "cold_pale_foot"] },
        { "小便颜色正常，脚不冰也不发白，腿不肿", "zh-CN", ["dark_urine", "cold_pale_foot", "swelling_one_side"] },
        { "尿不黑，脚的颜色正常", "zh-CN", ["dark_urine", "cold_pale_foot"] },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void Denied_red_flags_read_as_no_and_fire_nothing(string text, string locale, string[] facts)
    {
        var report = FactExtractor.Extract(text, locale);
        Assert.All(facts, f => Assert.True(report[f] == FactValue.No, $"{f} is {report[f]} in '{text}' ({report})"));

        var advice = Some.Rules.Assess(report);
        Assert.DoesNotContain(advice.FiredRules, r => r.Level >= TriageLevel.SeeDoctorSoon);
        Assert.Equal(TriageLevel.SelfCare, advice.Level);
    }
}
