using CrampBot.Core.Recognition;
using Xunit;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>The contract other code relies on: spans, value helpers, culture handling, number understanding.</summary>
public sealed class RecognizerBehaviourTests
{
    [Theory]
    [InlineData("It lasts about two minutes.", "en-US")]
    [InlineData("一周两三次，每次大概一分钟", "zh-CN")]
    [InlineData("Three times a week, each lasting about two minutes.", null)]
    public void Spans_point_at_the_text_they_came_from(string text, string? culture)
    {
        var items = QuantityRecognizer.Recognize(text, culture);

        Assert.NotEmpty(items);
        var previousEnd = 0;
        foreach (var item in items)
        {
            Assert.Equal(text.Substring(item.Start, item.Length), item.Text);
            Assert.True(item.Start >= previousEnd, "items are ordered and do not overlap");
            previousEnd = item.Start + item.Length;
        }
    }

    [Fact]
    public void Frequencies_convert_to_events_per_week()
    {
        var every = Assert.Single(QuantityRecognizer.Recognize("every other night")).Frequency!;
        Assert.Equal(3.5, every.MinPerWeek, 6);

        var range = Assert.Single(QuantityRecognizer.Recognize("一个月三五次", "zh-CN")).Frequency!;
        Assert.True(range.IsRange);
        Assert.Equal("P1M", range.PerIso);
        Assert.Equal(3 * 7 / 30.0, range.MinPerWeek, 6);
        Assert.Equal(5 * 7 / 30.0, range.MaxPerWeek, 6);
    }

    [Fact]
    public void Durations_carry_seconds_and_the_units_that_were_said()
    {
        var item = Assert.Single(QuantityRecognizer.Recognize("a minute and a half"));
        Assert.Equal(RecognizedKind.Duration, item.Kind);
        Assert.Equal(90, item.Duration!.MinSeconds, 6);
        Assert.False(item.Duration.IsRange);

        var compound = Assert.Single(QuantityRecognizer.Recognize("八天又二十个小时", "zh-CN")).Duration!;
        Assert.Equal("P8DT20H", compound.MinIso);
        Assert.Equal((8 * 24 + 20) * 3600, compound.MinSeconds, 6);
    }

    [Theory]
    [InlineData("twenty-five seconds", 25)]
    [InlineData("one hundred and twenty seconds", 120)]
    [InlineData("a couple of seconds", 2)]
    [InlineData("a few seconds", 3)]
    [InlineData("half a minute", 30)]
    [InlineData("one and a half minutes", 90)]
    [InlineData("两秒", 2)]
    [InlineData("十五秒", 15)]
    [InlineData("一百二十秒", 120)]
    [InlineData("一百零五秒", 105)]
    [InlineData("半分钟", 30)]
    [InlineData("一个半小时", 5400)]
    [InlineData("几秒钟", 3)]
    public void Numbers_are_read_in_both_languages(string text, double seconds)
    {
        var item = Assert.Single(QuantityRecognizer.Recognize(text));
        Assert.Equal(seconds, item.Duration!.MinSeconds, 6);
        Assert.Equal(seconds, item.Duration.MaxSeconds, 6);
    }

    [Theory]
    [InlineData("两三分钟", 120, 180, QuantityModifier.None)]
    [InlineData("三四十秒", 30, 40, QuantityModifier.None)]
    [InlineData("一两秒", 1, 2, QuantityModifier.None)]
    [InlineData("三五分钟", 180, 300, QuantityModifier.None)]
    [InlineData("十几秒", 10, 10, QuantityModifier.More)]
    [InlineData("二十多秒", 20, 20, QuantityModifier.More)]
    [InlineData("一分多钟", 60, 60, QuantityModifier.More)]
    [InlineData("十来秒", 10, 10, QuantityModifier.Approx)]
    [InlineData("not less than 30 minutes", 1800, 1800, QuantityModifier.More)]
    [InlineData("no more than a minute", 60, 60, QuantityModifier.Less)]
    [InlineData("5 min-ish", 300, 300, QuantityModifier.Approx)]
    public void Colloquial_ranges_and_bounds_follow_the_conventions(string text, double min, double max, QuantityModifier mod)
    {
        var item = Assert.Single(QuantityRecognizer.Recognize(text));
        Assert.Equal(min, item.Duration!.MinSeconds, 6);
        Assert.Equal(max, item.Duration.MaxSeconds, 6);
        Assert.Equal(mod, item.Modifier);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData(null)]
    [InlineData("fr-FR")]
    public void The_script_decides_over_a_wrong_locale(string? culture)
    {
        var zh = Assert.Single(QuantityRecognizer.Recognize("每周三次", culture)).Frequency!;
        Assert.Equal(3, zh.MinCount);
        Assert.Equal("P1W", zh.PerIso);

        var en = Assert.Single(QuantityRecognizer.Recognize("twice a night", culture)).Frequency!;
        Assert.Equal(2, en.MinPerWeek / 7, 6);
    }

    [Fact]
    public void Weekday_after_every_week_is_not_a_count()
    {
        var wednesday = Assert.Single(QuantityRecognizer.Recognize("我每周三去游泳", "en-US")).Frequency!;
        Assert.Equal(1, wednesday.MinCount);
        Assert.Equal("P1W", wednesday.PerIso);
    }

    [Fact]
    public void Mixed_text_finds_what_it_can()
    {
        var items = QuantityRecognizer.Recognize("每周3 times, about 2 minutes", "en-US");
        Assert.Equal(2, items.Count);
        Assert.Equal(3, items[0].Frequency!.MinCount);
        Assert.Equal(120, items[1].Duration!.MinSeconds, 6);
    }

    [Fact]
    public void Text_without_letters_falls_back_to_the_locale()
    {
        Assert.Empty(QuantityRecognizer.Recognize("3-4", "zh-CN"));
        Assert.Empty(QuantityRecognizer.Recognize("3-4", "en-US"));
    }
}
