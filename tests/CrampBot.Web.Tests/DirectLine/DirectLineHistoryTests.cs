using System.Net;
using CrampBot.BotFramework.State;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>The transcript lives in the bot's storage: it outlives the process, and it is bounded.</summary>
public sealed class DirectLineHistoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_conversation_resumes_after_a_restart_with_its_history()
    {
        var clock = new ManualClock();
        var storage = new MemoryStorage(clock);
        string token, conversationId;
        await using (var first = new DirectLineApp(storage: storage, clock: clock))
        {
            var started = await first.StartConversationAsync();
            (token, conversationId) = (started.Token!, started.ConversationId);
            using var posted = await first.PostActivityAsync(token, conversationId, DirectLineApp.UserMessage("before the restart"));
            posted.EnsureSuccessStatusCode();
        }

        // A new process with the same secret and the same storage.
        await using var second = new DirectLineApp(storage: storage, clock: clock);
        using var client = second.Client(token);
        using var reconnect = await client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark=", Ct);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);

        var history = await second.GetActivitiesAsync(token, conversationId);
        Assert.Equal(["before the restart", "echo: before the restart"], history.Activities.Skip(1).Select(a => a.Text));

        using var after = await second.PostActivityAsync(token, conversationId, DirectLineApp.UserMessage("after the restart"));
        after.EnsureSuccessStatusCode();
        var next = await second.GetActivitiesAsync(token, conversationId, history.Watermark);
        Assert.Equal(["after the restart", "echo: after the restart"], next.Activities.Select(a => a.Text));
        Assert.Equal($"{conversationId}|0000004", next.Activities[0].Id);
    }

    [Fact]
    public async Task A_conversation_resumes_after_a_restart_with_SQLite_the_default_provider()
    {
        var dir = Directory.CreateTempSubdirectory("crampbot-dl-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(dir.FullName, "state.db") };
            string token, conversationId;
            await using (var first = new DirectLineApp(settings, configuredStorage: true))
            {
                var started = await first.StartConversationAsync();
                (token, conversationId) = (started.Token!, started.ConversationId);
                using var posted = await first.PostActivityAsync(token, conversationId, DirectLineApp.UserMessage("kept on disk"));
                posted.EnsureSuccessStatusCode();
            }

            Assert.True(File.Exists(settings["Storage:Sqlite:Path"]), "the history went to the configured SQLite file");
            await using var second = new DirectLineApp(settings, configuredStorage: true);
            var history = await second.GetActivitiesAsync(token, conversationId);
            Assert.Equal([DirectLineTestBot.Welcome + " (no locale)", "kept on disk", "echo: kept on disk"], history.Activities.Select(a => a.Text));
            using var after = await second.PostActivityAsync(token, conversationId, DirectLineApp.UserMessage("and on"));
            Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Only_the_newest_activities_are_kept_past_the_cap()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var started = await app.StartConversationAsync();
        for (var i = 1; i <= 15; i++)
        {
            using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage($"m{i}"));
            posted.EnsureSuccessStatusCode();
        }

        // 31 activities were written; the oldest 21 are gone, and with them the storage page holding 1-20.
        var all = await app.GetActivitiesAsync(started.Token!, started.ConversationId);
        Assert.Equal(10, all.Activities.Count);
        Assert.Equal($"{started.ConversationId}|0000022", all.Activities[0].Id);
        Assert.Equal("echo: m15", all.Activities[^1].Text);
        Assert.Equal("31", all.Watermark);
        var pageZero = await app.Storage.ReadAsync([$"directline/transcripts/{started.ConversationId}/pages/0"], Ct);
        Assert.Empty(pageZero);
    }

    [Fact]
    public async Task Deleting_the_users_data_erases_the_transcript_and_the_conversation_carries_on()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using (var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("my private words")))
        {
            posted.EnsureSuccessStatusCode();
        }

        var before = await app.GetActivitiesAsync(started.Token!, started.ConversationId);
        var userId = before.Activities.Single(a => a.Text == "my private words").From!.Id!;

        // What the bot's "delete my data" does: remove everything the user owns.
        var deleted = await app.Storage.DeleteByOwnerAsync(UserState.KeyFor("directline", userId), Ct);
        var meta = await app.Storage.ReadAsync([$"directline/transcripts/{started.ConversationId}"], Ct);
        Assert.True(deleted > 0 && meta.Count == 1, $"deleted {deleted} items; the conversation's counters are {(meta.Count == 1 ? "kept" : "gone")}");

        Assert.Empty((await app.GetActivitiesAsync(started.Token!, started.ConversationId)).Activities);
        using var after = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("still here"));
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        var next = await app.GetActivitiesAsync(started.Token!, started.ConversationId, before.Watermark);
        Assert.Equal(["still here", "echo: still here"], next.Activities.Select(a => a.Text));
        Assert.Equal($"{started.ConversationId}|0000004", next.Activities[0].Id);
    }

    [Fact]
    public async Task An_idle_conversation_expires()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?>
        {
            ["DirectLine:ConversationIdleExpiry"] = "01:00:00",
            ["DirectLine:TokenLifetime"] = "1.00:00:00",
        });
        var started = await app.StartConversationAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Single((await app.GetActivitiesAsync(started.Token!, started.ConversationId)).Activities);

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        using var client = app.Client(started.Token);
        using var gone = await client.GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
