using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>
/// One plain and one indirect way of saying every yes/no fact, in both languages, written for these tests (not
/// taken from the evaluation sets). Each must read as yes for the patient; a companion test checks every fact of
/// Facts.cs has a row in each language, so a new fact cannot ship without a vocabulary.
/// </summary>
public sealed class FactTableTests
{
    public static TheoryData<string, string> English => new()
    {
        { "location_calf", "the cramp is in my calf again" },
        { "location_calf", "it grabs the back of my lower leg" },
        { "location_foot", "my toes curl up and lock" },
        { "location_thigh", "my hamstring seizes up" },
        { "one_leg", "only ever my right leg" },
        { "both_legs", "it happens in both calves" },
        { "swelling_one_side", "my left ankle has swelled up" },
        { "swelling_one_side", "my sock leaves a deep groove on the right side only" },
        { "swelling_one_side", "one calf looks fatter than the other" },
        { "swelling_both", "both my ankles puff up by bedtime" },
        { "redness_warmth", "the skin over it is red" },
        { "redness_warmth", "it feels hot when I touch it" },
        { "breathless_chest_pain", "I get out of breath climbing into bed" },
        { "breathless_chest_pain", "I can't seem to get a full breath in" },
        { "breathless_chest_pain", "there's a tight pressure in my chest" },
        { "cold_pale_foot", "my toes have gone a bluish colour" },
        { "cold_pale_foot", "my foot feels ice cold compared with the other one" },
        { "cold_pale_foot", "I can't wiggle my toes at all" },
        { "injury_or_cast", "I twisted my ankle on the stairs on Monday" },
        { "injury_or_cast", "my leg has been in plaster since the fracture" },
        { "pain_worsening", "the pain keeps getting worse hour by hour" },
        { "pain_worsening", "it hurts like mad when I bend my toes" },
        { "wound_recent", "I trod on a rusty tack in the shed" },
        { "wound_recent", "the neighbour's dog bit my ankle" },
        { "jaw_stiffness", "my jaw feels locked tight" },
        { "jaw_stiffness", "I can hardly open my mouth to eat" },
        { "jaw_stiffness", "it is painful to swallow anything" },
        { "dark_urine", "my pee has turned really dark" },
        { "dark_urine", "my wee is the colour of cola" },
        { "dark_urine", "I've barely peed since yesterday" },
        { "muscle_weakness", "my legs give way on the stairs" },
        { "muscle_weakness", "I've lost a lot of strength in my feet" },
        { "wasting_twitching", "the muscle keeps twitching under the skin" },
        { "wasting_twitching", "my calf is getting thinner" },
        { "rest_pain_eased_hanging", "it only eases if I dangle my foot off the bed" },
        { "rest_pain_eased_hanging", "there's a sore on my heel that won't heal" },
        { "toxin_exposure", "I strip old lead paint for a living" },
        { "toxin_exposure", "we spray pesticides on the farm" },
        { "tingling_mouth", "my lips keep tingling" },
        { "tingling_mouth", "pins and needles in my fingertips" },
        { "bruising_bleeding", "I've got bruises I can't explain" },
        { "bruising_bleeding", "my gums bleed when I brush" },
        { "heavy_bleeding", "the bleeding from my nose won't stop" },
        { "numbness_tingling", "my feet feel numb at night" },
        { "numbness_tingling", "a burning feeling in my soles" },
        { "back_pain_radiating", "I have sciatica on that side" },
        { "back_pain_radiating", "pain shoots down from my lower back into my leg" },
        { "pain_walking_relieved_rest", "my calf aches when I walk uphill and settles once I stop for a minute" },
        { "urge_to_move", "I have to keep moving my legs in the evening" },
        { "urge_to_move", "a creepy crawly feeling in my shins" },
        { "pregnant_or_postpartum", "I'm 30 weeks pregnant" },
        { "pregnant_or_postpartum", "I gave birth a month ago" },
        { "takes_statin", "I take simvastatin at night" },
        { "takes_statin", "I'm on a cholesterol tablet" },
        { "takes_diuretic", "the doctor put me on a water pill" },
        { "takes_beta2_agonist", "I use my blue inhaler a lot" },
        { "takes_ccb", "I take amlodipine for blood pressure" },
        { "takes_oestrogen", "I'm on HRT" },
        { "takes_quinine", "I've been taking quinine for years" },
        { "asks_quinine", "is quinine any good for this?" },
        { "medicine_new", "it started after they increased my dose" },
        { "takes_other_medicine", "I'm taking gabapentin" },
        { "has_diabetes", "I'm a type 2 diabetic" },
        { "has_thyroid_disease", "I have an underactive thyroid" },
        { "has_kidney_disease", "I'm on dialysis three times a week" },
        { "has_liver_disease", "I was diagnosed with cirrhosis" },
        { "sleep_disturbed", "the cramps keep waking me up" },
        { "sleep_disturbed", "I'm exhausted at work from losing sleep" },
        { "cramps_widespread", "I get cramps in my hands and arms as well" },
        { "inactive", "I sit at a desk all day and barely move" },
        { "hard_exercise", "I played two football matches yesterday" },
        { "hard_exercise", "I'm standing all day at work" },
        { "low_fluid", "I hardly drink any water" },
        { "low_fluid", "it was a heatwave and I sweated buckets" },
        { "heavy_legs_veins", "I've got varicose veins" },
        { "heavy_legs_veins", "my legs feel heavy by the evening" },
        { "poor_posture", "I sleep on my stomach" },
        { "cold_exposure", "my bedroom is freezing" },
    };

    public static TheoryData<string, string> Chinese => new()
    {
        { "location_calf", "腿肚子又抽了" },
        { "location_calf", "小腿后面转筋" },
        { "location_foot", "脚趾头缩成一团" },
        { "location_thigh", "大腿后侧绷住了" },
        { "one_leg", "每次都是左腿" },
        { "both_legs", "两条腿轮流抽" },
        { "swelling_one_side", "右边脚踝肿起来了" },
        { "swelling_one_side", "左边袜口勒出一圈深印子" },
        { "swelling_one_side", "一条腿比另一条粗了一圈" },
        { "swelling_both", "两只脚傍晚都浮肿" },
        { "redness_warmth", "那块皮肤发红" },
        { "redness_warmth", "摸上去发烫" },
        { "breathless_chest_pain", "走几步就喘不上气" },
        { "breathless_chest_pain", "胸口闷得慌" },
        { "breathless_chest_pain", "咳嗽带血" },
        { "cold_pale_foot", "脚趾头发紫了" },
        { "cold_pale_foot", "右脚突然冰凉" },
        { "cold_pale_foot", "脚趾动不了" },
        { "injury_or_cast", "上周崴了脚" },
        { "injury_or_cast", "腿上打着石膏" },
        { "pain_worsening", "疼得越来越厉害" },
        { "pain_worsening", "一动脚趾就疼得要命" },
        { "wound_recent", "前几天脚被铁钉扎了" },
        { "wound_recent", "被猫抓伤了" },
        { "jaw_stiffness", "下巴发紧" },
        { "jaw_stiffness", "嘴张不开" },
        { "jaw_stiffness", "吃东西咽不下" },
        { "dark_urine", "小便像浓茶" },
        { "dark_urine", "尿的颜色跟酱油似的" },
        { "dark_urine", "尿量特别少" },
        { "muscle_weakness", "腿没劲，上楼吃力" },
        { "muscle_weakness", "最近老摔跤" },
        { "wasting_twitching", "小腿的肉一跳一跳的" },
        { "wasting_twitching", "腿变细了" },
        { "rest_pain_eased_hanging", "把脚垂到床边才好一点" },
        { "rest_pain_eased_hanging", "脚上的伤口一直不愈合" },
        { "toxin_exposure", "在电池厂上班" },
        { "toxin_exposure", "天天接触农药" },
        { "tingling_mouth", "嘴唇周围发麻" },
        { "tingling_mouth", "手指尖有针扎的感觉" },
        { "bruising_bleeding", "身上莫名其妙有淤青" },
        { "bruising_bleeding", "刷牙时牙龈出血" },
        { "heavy_bleeding", "鼻血流了好久止不住" },
        { "numbness_tingling", "脚底发麻" },
        { "numbness_tingling", "脚像火辣辣地烧" },
        { "back_pain_radiating", "腰椎间盘突出" },
        { "back_pain_radiating", "腰疼，一直窜到腿上" },
        { "pain_walking_relieved_rest", "走一段路小腿就疼，停下来歇一会就好" },
        { "urge_to_move", "晚上腿总想动" },
        { "urge_to_move", "腿里像有虫子爬" },
        { "pregnant_or_postpartum", "我怀孕七个月" },
        { "pregnant_or_postpartum", "刚生完宝宝" },
        { "takes_statin", "每天吃阿托伐他汀" },
        { "takes_statin", "在吃降脂药" },
        { "takes_diuretic", "医生让我吃利尿药" },
        { "takes_beta2_agonist", "一直用沙丁胺醇喷雾" },
        { "takes_ccb", "吃氨氯地平降压" },
        { "takes_oestrogen", "在用雌激素" },
        { "takes_quinine", "我长期服用奎宁" },
        { "asks_quinine", "奎宁管用吗" },
        { "medicine_new", "换了药以后开始抽筋" },
        { "takes_other_medicine", "在吃布洛芬" },
        { "has_diabetes", "我有糖尿病" },
        { "has_thyroid_disease", "我甲减" },
        { "has_kidney_disease", "每周透析三次" },
        { "has_liver_disease", "有肝硬化" },
        { "sleep_disturbed", "半夜抽醒好几次" },
        { "sleep_disturbed", "疼得睡不着" },
        { "cramps_widespread", "手也会抽筋" },
        { "inactive", "整天坐着，不怎么运动" },
        { "hard_exercise", "昨天跑了马拉松" },
        { "hard_exercise", "在工厂站一整天" },
        { "low_fluid", "平时不怎么喝水" },
        { "low_fluid", "天太热出汗特别多" },
        { "heavy_legs_veins", "腿上有静脉曲张" },
        { "heavy_legs_veins", "傍晚腿发沉" },
        { "poor_posture", "喜欢趴着睡" },
        { "cold_exposure", "晚上睡觉着凉了" },
    };

    [Theory]
    [MemberData(nameof(English))]
    public void English_phrasing_reads_as_yes(string fact, string text) => AssertYes(fact, text, "en-US");

    [Theory]
    [MemberData(nameof(Chinese))]
    public void Chinese_phrasing_reads_as_yes(string fact, string text) => AssertYes(fact, text, "zh-CN");

    [Fact]
    public void Every_yes_no_fact_has_a_row_in_each_language()
    {
        var flags = Facts.All.Where(f => f.Kind == FactKind.Flag).Select(f => f.Name).ToList();
        Assert.Empty(flags.Except(English.Select(r => r.Data.Item1)));
        Assert.Empty(flags.Except(Chinese.Select(r => r.Data.Item1)));
    }

    private static void AssertYes(string fact, string text, string locale)
    {
        var report = FactExtractor.Extract(text, locale);
        Assert.True(report[fact] == FactValue.Yes, $"{fact}: expected Yes, got {report[fact]} for '{text}' ({report})");
    }
}
