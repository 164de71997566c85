using CrampBot.Core.Memo;
using Xunit;

namespace CrampBot.Core.Tests.Memo;

public sealed class RecentReadingsTests
{
    [Fact]
    public void The_same_message_object_is_read_once_per_locale()
    {
        var readings = new RecentReadings<string>();
        var reads = 0;
        var text = new string("my calf cramps at night".AsSpan());

        var first = readings.GetOrRead(text, "en-US", (t, l) => { reads++; return t + "|" + l; });
        var again = readings.GetOrRead(text, "en-US", (t, l) => { reads++; return t + "|" + l; });
        var otherLocale = readings.GetOrRead(text, "zh-CN", (t, l) => { reads++; return t + "|" + l; });

        Assert.Same(first, again);
        Assert.Equal("my calf cramps at night|zh-CN", otherLocale);
        Assert.Equal(2, reads);
    }

    [Fact]
    public void Equal_words_from_another_turn_are_read_afresh()
    {
        // Each request parses its own string, so a later turn (or another user) with the same words is a new reading.
        var readings = new RecentReadings<string>();
        var reads = 0;
        var thisTurn = new string("左小腿抽筋了".AsSpan());
        var nextTurn = new string("左小腿抽筋了".AsSpan());

        readings.GetOrRead(thisTurn, "zh-CN", (t, _) => { reads++; return t; });
        readings.GetOrRead(nextTurn, "zh-CN", (t, _) => { reads++; return t; });

        Assert.Equal(2, reads);
    }

    [Fact]
    public void Many_turns_in_flight_overwrite_slots_without_mixing_results()
    {
        var readings = new RecentReadings<string>(slots: 4);
        var texts = Enumerable.Range(0, 64).Select(i => $"message {i}").ToArray();

        Parallel.ForEach(texts, text =>
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.Equal(text.ToUpperInvariant(), readings.GetOrRead(text, null, static (t, _) => t.ToUpperInvariant()));
            }
        });
    }
}
