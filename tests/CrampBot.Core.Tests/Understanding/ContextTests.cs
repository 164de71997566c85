using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using CrampBot.Core.Understanding;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>
/// The ConText pass in both languages: negation (incl. a denial beside a real red flag), doubt, the past,
/// "what if", and another person, read through the same step as the bot. Sentences written for these tests.
/// Expectations are "fact=Yes|No|DontKnow|Unstated" on the report the rules see.
/// </summary>
public sealed class ContextTests
{
    public static TheoryData<string, string, string[]> Rows => new()
    {
        // Negation, and a denial beside a real red flag.
        { "no swelling but my foot has gone white and cold", "en-US", ["swelling_one_side=No", "cold_pale_foot=Yes"] },
        { "I'm not breathless at all, however my calf is red and hot", "en-GB", ["breathless_chest_pain=No", "redness_warmth=Yes"] },
        { "never had any chest pain, just the pee which is dark brown now", "en-US", ["breathless_chest_pain=No", "dark_urine=Yes"] },
        { "没有喘不上气，但是右小腿又红又烫", "zh-CN", ["breathless_chest_pain=No", "redness_warmth=Yes"] },
        { "腿不肿，可是脚突然发白了", "zh-CN", ["swelling_one_side=No", "cold_pale_foot=Yes"] },
        { "不喘也不胸闷，尿却像酱油一样", "zh-CN", ["breathless_chest_pain=No", "dark_urine=Yes"] },
        // Pseudo-triggers deny nothing.
        { "not only my calf but my foot is swollen too", "en-US", ["swelling_one_side=Yes"] },
        { "I can't breathe properly when it comes on", "en-US", ["breathless_chest_pain=Yes"] },
        { "不知道为什么，小腿肿了", "zh-CN", ["swelling_one_side=Yes"] },
        // Doubt.
        { "not sure if my urine is darker", "en-US", ["dark_urine=DontKnow"] },
        { "idk whether my ankle is swollen", "en-US", ["swelling_one_side=DontKnow"] },
        { "不确定尿是不是变深了", "zh-CN", ["dark_urine=DontKnow"] },
        { "好像有点肿", "zh-CN", ["swelling_one_side=DontKnow"] },
        // The past.
        { "had a clot 2 years ago, now my calf just cramps at night", "en-US", ["location_calf=Yes"] },
        { "I broke my leg years ago, the cramps are new", "en-GB", ["injury_or_cast=Unstated"] },
        { "three years ago my calf swelled up after a flight; tonight it only cramps", "en-US", ["swelling_one_side=Unstated"] },
        { "十年前摔骨折过，现在是夜里抽筋", "zh-CN", ["injury_or_cast=Unstated"] },
        { "去年腿肿过一次，这次没有", "zh-CN", ["swelling_one_side=Unstated"] },
        // What if.
        { "what if my leg swells up later?", "en-US", ["swelling_one_side=Unstated"] },
        { "万一脚变白了怎么办", "zh-CN", ["cold_pale_foot=Unstated"] },
        // Another person: a relative as the patient, or a relative beside the user's own story.
        { "my mum's calf is swollen", "en-GB", ["swelling_one_side=Yes"] },
        { "asking for my husband, his wee has gone the colour of tea", "en-US", ["dark_urine=Yes"] },
        { "my dad gets swollen ankles, and my calf cramps at night", "en-US", ["swelling_both=Unstated", "location_calf=Yes"] },
        { "我妈小腿肿了，还有点喘", "zh-CN", ["swelling_one_side=Yes", "breathless_chest_pain=Yes"] },
        { "我爸以前腿肿过，我的小腿最近老抽筋", "zh-CN", ["swelling_one_side=Unstated", "location_calf=Yes"] },
        { "我老公吃他汀，我自己小腿抽筋", "zh-CN", ["takes_statin=Unstated", "location_calf=Yes"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Context_decides_what_counts(string text, string locale, string[] expectations)
    {
        var report = FactExtractor.Extract(text, locale);
        foreach (var expectation in expectations)
        {
            var (fact, expected) = (expectation[..expectation.IndexOf('=')], expectation[(expectation.IndexOf('=') + 1)..]);
            Assert.True(Enum.Parse<FactValue>(expected) == report[fact], $"{fact}: expected {expected}, got {report[fact]} for '{text}' ({report})");
        }
    }

    [Fact]
    public void Mentions_carry_status_time_and_subject()
    {
        var facts = Understander.Default.Understand("My dad had a swollen leg years ago. My calf cramps and I'm not sure my pee is dark.", "en-GB").Facts;
        var swelling = Assert.Single(facts, f => f.Fact == Facts.SwellingOneSide);
        Assert.Equal(FactTime.Past, swelling.Time);
        Assert.Equal(FactSubject.Other, swelling.Subject);
        var urine = Assert.Single(facts, f => f.Fact == Facts.DarkUrine);
        Assert.Equal(FactStatus.Uncertain, urine.Status);
        Assert.Equal(FactSubject.Patient, urine.Subject);
    }

    [Fact]
    public void A_fact_said_about_someone_else_never_fires_a_red_flag()
    {
        var report = FactExtractor.Extract("My brother's foot went pale and cold last week, and I get a calf cramp now and then", "en-US");
        Assert.NotEqual(FactValue.Yes, report[Facts.ColdPaleFoot]);
    }
}
