using System.Diagnostics;
using System.Text;
using CrampBot.Core.Recognition;
using Xunit;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>Any input is safe: nothing throws, and time grows with the input length, not faster.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> AwkwardInputs => new()
    {
        "",
        " ",
        "\0\u0001\u0002\t\r\n",
        "\uD800",                       // a lone high surrogate
        "\uDC00 minutes",               // a lone low surrogate before a unit
        "3\uD83D minutes",              // a broken emoji inside a quantity
        "🦵💥 3 times a week 😣",
        "每周😣三次",
        "99999999999999999999999 minutes",
        "九千九百九十九万九千九百九十九年",
        "1.2.3.4 seconds",
        "- - - -- to or and between",
        "every every every",
        "a a a a minute",
        "每每每每",
        "一一一一一一一一一一一一一一一一一秒",
        "½½½ hour",
        "twenty-",
        "3-",
        "每隔",
        "every 0 days",
        "每0天一次",
        "每零天",
        "不是",
        "\u200B3\u200Bminutes",
    };

    [Theory]
    [MemberData(nameof(AwkwardInputs))]
    public void Awkward_input_never_throws(string text)
    {
        foreach (var culture in (string?[])[null, "en-US", "zh-CN", "zh-Hans", "xx"])
        {
            var items = QuantityRecognizer.Recognize(text, culture);
            foreach (var item in items)
            {
                Assert.Equal(text.Substring(item.Start, item.Length), item.Text);
                var value = item.Duration?.MaxSeconds ?? item.Frequency!.MaxPerWeek;
                Assert.True(double.IsFinite(value) && value >= 0, $"'{item.Text}' has value {value}");
            }
        }
    }

    [Fact]
    public void Null_is_treated_as_empty()
    {
        Assert.Empty(QuantityRecognizer.Recognize(null!));
    }

    [Fact]
    public void Long_text_is_read_in_linear_time()
    {
        var small = Build(25_000);
        var hundred = Build(100_000);
        var large = Build(200_000);
        QuantityRecognizer.Recognize(small); // warm up

        var smallTime = BestOf(5, () => QuantityRecognizer.Recognize(small));
        var largeTime = BestOf(5, () => QuantityRecognizer.Recognize(large));

        // Eight times the text should take about eight times as long; quadratic behaviour would be 64 times.
        // The margin is wide because the test machine is shared and timings jitter.
        Assert.True(largeTime < (smallTime * 24) + 20, $"25 KB: {smallTime:0.0} ms, 200 KB: {largeTime:0.0} ms");
        Assert.True(BestOf(1, () => QuantityRecognizer.Recognize(hundred)) < 2000, "100 KB took over 2 s");
        Assert.NotEmpty(QuantityRecognizer.Recognize(hundred));
    }

    [Fact]
    public void Long_runs_without_separators_stay_fast()
    {
        var digits = new string('7', 100_000);
        var han = string.Concat(Enumerable.Repeat("一二三四五六七八九十每周", 8_000));
        var dashes = string.Concat(Enumerable.Repeat("3-", 50_000));
        foreach (var text in (string[])[digits, han, dashes])
        {
            var ms = BestOf(1, () => QuantityRecognizer.Recognize(text));
            Assert.True(ms < 2000, $"{text.Length} characters took {ms:0} ms");
        }
    }

    private static string Build(int length)
    {
        string[] pieces =
        [
            "I get cramps three times a week, each about two minutes. ",
            "一周两三次，每次半分钟左右。",
            "🦵 \u0007 at 3am, 400 mg, aged 67, ",
            "every other night for a couple of minutes; ",
            "不是每晚都抽，一分钟都不到。",
        ];
        var sb = new StringBuilder(length + 100);
        for (var i = 0; sb.Length < length; i++)
        {
            sb.Append(pieces[i % pieces.Length]);
        }

        return sb.ToString(0, length);
    }

    private static double BestOf(int runs, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
