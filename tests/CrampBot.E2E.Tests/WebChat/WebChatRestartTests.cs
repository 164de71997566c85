using CrampBot.BotFramework.Builder;
using CrampBot.E2E.Tests.Infrastructure;
using Xunit;

namespace CrampBot.E2E.Tests.WebChat;

/// <summary>History on SQLite (the default provider) outlives the bot: reload after a restart and carry on.</summary>
public sealed class WebChatRestartTests(BrowserFixture browser) : BrowserTest(browser)
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("crampbot-e2e-");

    protected override IBot? CreateBot() => new ScriptedTestBot();

    protected override KestrelApp CreateApp(int port) => new(CreateBot(), port: port, sqlitePath: Path.Combine(_data.FullName, "state.db"));

    [Fact]
    public async Task A_reload_after_a_bot_restart_keeps_the_history_and_carries_on()
    {
        await OpenAsync();
        await Chat.SendAsync("before the restart");
        await Chat.WaitForTextAsync("Echo: before the restart");

        await RestartAppAsync();
        await Chat.Page.ReloadAsync();
        await Chat.WaitUntilReadyAsync();
        await Chat.WaitForTextAsync("Echo: before the restart");
        Assert.Equal(1, await Chat.CountTextAsync(ScriptedTestBot.Welcome));

        Assert.Equal("Echo: after the restart", await Chat.SendAndReadReplyAsync("after the restart"));
        await Chat.ScreenshotAsync("reload-after-restart");
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _data.Delete(recursive: true);
        }
    }
}
