using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>Typos, missing apostrophes, text-speak and traditional characters, each read as the word meant.</summary>
public sealed class TypoTests
{
    public static TheoryData<string, string, string> Yes => new()
    {
        { "my left leg is swolen", "en-US", "swelling_one_side" },
        { "my calf is sollen and red", "en-US", "swelling_one_side" },
        { "the skin is relly hot to the touch", "en-US", "redness_warmth" },
        { "im breathles after the stairs", "en-US", "breathless_chest_pain" },
        { "tinglng round my lips rn", "en-US", "tingling_mouth" },
        { "i take atorvastatn every nite", "en-US", "takes_statin" },
        { "bruisng all over my shins", "en-US", "bruising_bleeding" },
        { "legs have no strenght lately", "en-US", "muscle_weakness" },
        { "musle keeps twiching", "en-US", "wasting_twitching" },
        { "pee looks like coke tbh", "en-US", "dark_urine" },
        { "右腳腫了", "zh-TW", "swelling_one_side" },
        { "小便顏色像濃茶", "zh-TW", "dark_urine" },
        { "嘴唇發麻", "zh-TW", "tingling_mouth" },
        { "腿肚子又转筋了", "zh-CN", "location_calf" },
    };

    public static TheoryData<string, string, string> No => new()
    {
        { "no swelling, dont have chest pain", "en-US", "breathless_chest_pain" },
        { "leg isnt swollen", "en-US", "swelling_one_side" },
        { "nope no numbness", "en-US", "numbness_tingling" },
        { "腿沒有腫", "zh-TW", "swelling_one_side" },
    };

    [Theory]
    [MemberData(nameof(Yes))]
    public void Misspelt_or_casual_words_still_state_the_fact(string text, string locale, string fact)
    {
        var report = FactExtractor.Extract(text, locale);
        Assert.True(report[fact] == FactValue.Yes, $"{fact}: expected Yes, got {report[fact]} for '{text}' ({report})");
    }

    [Theory]
    [MemberData(nameof(No))]
    public void Casual_denials_still_deny(string text, string locale, string fact)
    {
        var report = FactExtractor.Extract(text, locale);
        Assert.True(report[fact] == FactValue.No, $"{fact}: expected No, got {report[fact]} for '{text}' ({report})");
    }

    [Theory]
    [InlineData("I tried stretching and it helped")]
    [InlineData("I had a cramp and stretched it out")]
    public void Short_words_are_not_stretched_into_other_words(string text)
    {
        var report = FactExtractor.Extract(text, "en-US");
        Assert.NotEqual(FactValue.Yes, report[Facts.SleepDisturbed]);
        Assert.NotEqual(FactValue.Yes, report[Facts.DarkUrine]);
    }
}
