using CrampBot.Bot.Understanding;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>Short answers and question forms, as people type them, in both languages.</summary>
public sealed class UnderstandingTests
{
    [Theory]
    [InlineData("yes", FactValue.Yes)]
    [InlineData("Yeah, a bit", FactValue.Yes)]
    [InlineData("是的", FactValue.Yes)]
    [InlineData("有一点", FactValue.Yes)]
    [InlineData("no", FactValue.No)]
    [InlineData("none", FactValue.No)]
    [InlineData("None of these", FactValue.No)]
    [InlineData("nope, nothing like that", FactValue.No)]
    [InlineData("没有", FactValue.No)]
    [InlineData("都没有", FactValue.No)]
    [InlineData("不是", FactValue.No)]
    [InlineData("not sure", FactValue.DontKnow)]
    [InlineData("I don't know", FactValue.DontKnow)]
    [InlineData("不清楚", FactValue.DontKnow)]
    [InlineData("不知道", FactValue.DontKnow)]
    public void Reads_yes_no_and_not_sure(string text, FactValue expected)
    {
        Assert.Equal(expected, ShortAnswers.YesNo(text));
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("蓝色")]
    [InlineData("")]
    public void Leaves_other_text_unread(string text)
    {
        Assert.Null(ShortAnswers.YesNo(text));
    }

    [Theory]
    [InlineData("Done", true)]
    [InlineData("it's gone", true)]
    [InlineData("好了", true)]
    [InlineData("不疼了", true)]
    [InlineData("Still hurts", false)]
    [InlineData("not better yet", false)]
    [InlineData("还在疼", false)]
    [InlineData("没好", false)]
    [InlineData("it's easing off a bit", true)]
    [InlineData("ok that helped, it's going", true)]
    [InlineData("yeah its loosening now", true)]
    [InlineData("hasn't eased at all", false)]
    [InlineData("it isn't going away", false)]
    [InlineData("nope not better", false)]
    [InlineData("慢慢松开了一点", true)]
    [InlineData("好点了，谢谢", true)]
    [InlineData("缓过来了", true)]
    [InlineData("一点都没缓解", false)]
    [InlineData("还是很疼，没松", false)]
    public void Reads_whether_the_cramp_eased(string text, bool eased)
    {
        Assert.Equal(eased, ShortAnswers.Eased(text));
    }

    [Theory]
    [InlineData("can statins cause cramps?", true)]
    [InlineData("what if my leg is swollen?", true)]
    [InlineData("他汀会引起抽筋吗？", true)]
    [InlineData("如果腿肿了怎么办", true)]
    [InlineData("I'm pregnant, is that normal?", false)]
    [InlineData("my calf is swollen", false)]
    [InlineData("我怀孕了，正常吗？", false)]
    [InlineData("小腿肿了，喘不上气", false)]
    public void Tells_a_general_question_from_a_statement_about_the_user(string text, bool general)
    {
        Assert.Equal(general, GeneralQuestion.Is(text));
    }

    [Theory]
    [InlineData("抽筋了", "en-US", null, "zh-Hans")]
    [InlineData("cramp now", "zh-CN", null, "zh-Hans")]
    [InlineData("cramp now", "en-GB", null, "en")]
    [InlineData("抽筋了", "zh-CN", "en", "en")]
    public void Picks_the_reply_language(string text, string locale, string? chosen, string expected)
    {
        Assert.Equal(expected, LanguagePicker.Pick(text, locale, chosen));
    }

    [Theory]
    [InlineData("en-US", "en", "en-US")]
    [InlineData("en-US", "zh-Hans", "en-US")]
    [InlineData("zh-Hans", "zh-Hans", "zh-CN")]
    [InlineData(null, "zh-Hans", "zh-CN")]
    public void The_emergency_number_follows_the_region_not_the_language(string? locale, string language, string expected)
    {
        Assert.Equal(expected, LanguagePicker.EmergencyLocale(locale, language));
    }
}
