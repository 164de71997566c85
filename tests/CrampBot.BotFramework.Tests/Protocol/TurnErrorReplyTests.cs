using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public class TurnErrorReplyTests
{
    [Theory]
    [InlineData("en-US", "my calf cramps", false)]
    [InlineData("zh-CN", "ok", true)]
    [InlineData("zh-Hans", null, true)]
    [InlineData("en-US", "抽筋了！", true)]
    [InlineData(null, "腿抽筋", true)]
    [InlineData(null, null, false)]
    public void The_apology_follows_the_locale_or_the_script(string? locale, string? text, bool chinese) =>
        Assert.Equal(chinese, DefaultTurnErrorReply.PrefersChinese(new Activity { Locale = locale, Text = text }));
}
