using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CrampBot.Web.Tests.State;

/// <summary>
/// State through the real HTTP pipeline: a conversation survives a restart of the bot process (SQLite), two
/// bot instances on one PostgreSQL database behave as one bot, and concurrent turns lose no update.
/// </summary>
public sealed class StateOverHttpTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crampbot-web-state", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }

    private static async Task ExpectAsync(StateHost host, string conversation, int line)
    {
        var (user, bot) = Intake.Lines[line];
        Assert.Equal([bot], await host.SayAsync(conversation, user, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_conversation_halfway_through_a_waterfall_continues_after_the_bot_restarts()
    {
        var path = Path.Combine(_folder, "data", "crampbot.db");
        var conversation = "restart-" + Guid.NewGuid().ToString("N");
        await using (var first = StateHost.Sqlite(path))
        {
            await ExpectAsync(first, conversation, 0);
            await ExpectAsync(first, conversation, 1);
        }

        SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(path), "the SQLite file is created under the configured data folder");

        await using var second = StateHost.Sqlite(path);
        await ExpectAsync(second, conversation, 2);
        await ExpectAsync(second, conversation, 3);
    }

    [Fact]
    public async Task Two_instances_on_one_postgres_database_finish_the_waterfall_with_turns_alternating()
    {
        var connectionString = await PostgresServer.FreshSchemaAsync();
        await using var a = StateHost.Postgres(connectionString);
        await using var b = StateHost.Postgres(connectionString);
        var conversation = "alternate-" + Guid.NewGuid().ToString("N");
        StateHost[] hosts = [a, b];
        for (var line = 0; line < Intake.Lines.Length; line++)
        {
            await ExpectAsync(hosts[line % 2], conversation, line);
        }
    }

    [Fact]
    public async Task Fifty_concurrent_turns_across_two_postgres_instances_lose_no_update_and_each_reply_is_sent_once()
    {
        var connectionString = await PostgresServer.FreshSchemaAsync();
        await using var a = StateHost.Postgres(connectionString);
        await using var b = StateHost.Postgres(connectionString);
        await ConcurrentCountAsync([a, b], 50, "postgres, two instances");
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_sqlite_instance_lose_no_update()
    {
        await using var host = StateHost.Sqlite(Path.Combine(_folder, "busy.db"));
        await ConcurrentCountAsync([host], 50, "sqlite, one instance");
    }

    private async Task ConcurrentCountAsync(StateHost[] hosts, int turns, string label)
    {
        var conversation = "busy-" + Guid.NewGuid().ToString("N");

        // Warm both hosts up first, so the measurement is of turns, not of start-up.
        foreach (var host in hosts)
        {
            await host.SayAsync("warm-" + Guid.NewGuid().ToString("N"), "count", TestContext.Current.CancellationToken);
        }

        var clock = Stopwatch.StartNew();
        var replies = await Task.WhenAll(Enumerable.Range(0, turns).Select(i =>
            hosts[i % hosts.Length].SayAsync(conversation, "count", TestContext.Current.CancellationToken)));
        clock.Stop();

        var said = replies.SelectMany(r => r).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, turns).Select(n => $"count={n}").Order(StringComparer.Ordinal), said);
        output.WriteLine($"{turns} concurrent HTTP turns ({label}): {clock.ElapsedMilliseconds} ms, {hosts.Sum(h => h.Reruns)} turns re-run after an ETag conflict");
    }
}
