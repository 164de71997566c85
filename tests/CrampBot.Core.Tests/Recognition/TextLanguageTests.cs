using CrampBot.Core.Recognition;
using Xunit;

namespace CrampBot.Core.Tests.Recognition;

public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("每周三次", "en-US", "zh")]
    [InlineData("I get cramps every night", "zh-CN", "en")]
    [InlineData("我每周抽筋三次 ok", null, "zh")]
    [InlineData("cramps 每周", "en-US", "zh")]
    [InlineData("my calf cramps a lot at night, 抽筋", null, "en")]
    [InlineData("3-4", "zh-Hans", "zh")]
    [InlineData("3-4", "en-GB", "en")]
    [InlineData("", null, "en")]
    [InlineData("🦵🦵", "zh-CN", "zh")]
    [InlineData("ok", "zh-CN", "zh")]
    [InlineData("3x", "zh-Hans", "zh")]
    [InlineData("okay", "zh-CN", "en")]
    public void The_script_decides_and_the_locale_breaks_ties(string text, string? locale, string expected)
    {
        Assert.Equal(expected, TextLanguage.Detect(text, locale));
        Assert.Equal(expected == "zh", TextLanguage.IsChinese(text, locale));
    }

    [Fact]
    public void Han_is_found_anywhere_in_the_text()
    {
        Assert.True(TextLanguage.ContainsHan("leg 腿"));
        Assert.False(TextLanguage.ContainsHan("leg cramps 3x"));
    }
}
