using System.Diagnostics;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using CrampBot.BotFramework.Tests.Testing;
using Microsoft.Data.Sqlite;
using Xunit;
using Activity = CrampBot.BotFramework.Schema.Activity;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>
/// A conversation outlives its bot process (SQLite restart) and is shared by several instances (one database):
/// the waterfall continues where it was, and concurrent turns lose no update.
/// </summary>
public sealed class RestartAndScaleOutTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task SayAsync(TestAdapter adapter, IntakeHost host, int line)
    {
        var (user, bot) = IntakeScript.Lines[line];
        await adapter.ProcessActivityAsync(adapter.MakeActivity(user), host.Intake, TestContext.Current.CancellationToken);
        var replies = adapter.TakeReplies();
        Assert.Equal([bot], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task A_waterfall_halfway_through_continues_at_the_same_step_after_a_restart_on_sqlite()
    {
        var path = _folder.File("data/crampbot.db");
        var conversation = TestAdapter.CreateConversation("restart-1");

        var first = new IntakeHost(new SqliteStorage(path));
        var adapter = first.AdapterFor(conversation);
        await SayAsync(adapter, first, 0);
        await SayAsync(adapter, first, 1);

        // The process goes away: no object of it survives, and its pooled connections are closed.
        first = null;
        SqliteConnection.ClearAllPools();

        var second = new IntakeHost(new SqliteStorage(path));
        var again = second.AdapterFor(conversation);
        await SayAsync(again, second, 2);
        await SayAsync(again, second, 3);
    }

    [Fact]
    public async Task Two_hosts_on_one_sqlite_file_alternate_through_the_waterfall() =>
        await AlternateAsync(new SqliteStorage(_folder.File("shared.db")), new SqliteStorage(_folder.File("shared.db")));

    [Fact]
    public async Task Two_hosts_on_one_postgres_database_alternate_through_the_waterfall()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        await using var a = new PostgresStorage(connectionString);
        await using var b = new PostgresStorage(connectionString);
        await AlternateAsync(a, b);
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_in_one_host_lose_no_update()
    {
        var host = new IntakeHost(new MemoryStorage());
        await ConcurrentTurnsAsync([host], 50, "memory, one host");
        Assert.Equal(0, host.Middleware.ActiveLocks);
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_across_two_sqlite_hosts_lose_no_update()
    {
        var path = _folder.File("race.db");
        await ConcurrentTurnsAsync([new IntakeHost(new SqliteStorage(path)), new IntakeHost(new SqliteStorage(path))], 50, "sqlite, two hosts");
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_across_two_postgres_hosts_lose_no_update()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        await using var a = new PostgresStorage(connectionString);
        await using var b = new PostgresStorage(connectionString);
        await ConcurrentTurnsAsync([new IntakeHost(a), new IntakeHost(b)], 50, "postgres, two hosts");
    }

    [Fact]
    public async Task A_turn_that_loses_the_race_is_re_run_and_its_first_replies_are_never_sent()
    {
        var storage = new InterferingStorage(new MemoryStorage());
        var host = new IntakeHost(storage);
        var adapter = host.AdapterFor(TestAdapter.CreateConversation("race-once"));
        await adapter.ProcessActivityAsync(adapter.MakeActivity("one"), host.Counter, TestContext.Current.CancellationToken);
        Assert.Equal(["count=1"], adapter.TakeReplies().Select(r => r.Text));

        // Another instance saves a turn while this one runs: this turn's first run said "count=2" but must not be heard.
        storage.InterfereOnce = async inner =>
        {
            var key = "test/conversations/race-once";
            var current = (await inner.ReadAsync([key])).Single().Value;
            current.Document["count"] = 2;
            await inner.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(current.Document, current.ETag) });
        };
        await adapter.ProcessActivityAsync(adapter.MakeActivity("two"), host.Counter, TestContext.Current.CancellationToken);

        Assert.Equal(["count=3"], adapter.TakeReplies().Select(r => r.Text));
        Assert.Equal(2, storage.Conflicts + 1);
    }

    [Fact]
    public async Task Replies_wait_for_the_save_but_typing_goes_out_at_once()
    {
        var host = new IntakeHost(new MemoryStorage());
        var adapter = host.AdapterFor(TestAdapter.CreateConversation("typing"));
        var seenDuringTurn = new List<string?>();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (tc, ct) =>
        {
            await tc.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
            await tc.SendActivityAsync("reply", cancellationToken: ct);
            seenDuringTurn.AddRange(adapter.TakeReplies().Select(r => r.Type));
        }, TestContext.Current.CancellationToken);

        Assert.Equal([ActivityTypes.Typing], seenDuringTurn);
        Assert.Equal(["reply"], adapter.TakeReplies().Select(r => r.Text));
    }

    [Fact]
    public async Task When_the_turn_fails_the_error_handlers_message_still_reaches_the_user()
    {
        var host = new IntakeHost(new MemoryStorage());
        var adapter = host.AdapterFor(TestAdapter.CreateConversation("failing"));
        adapter.OnTurnError = (tc, _) => tc.SendActivityAsync("Sorry, something went wrong.");
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (tc, ct) =>
        {
            await tc.SendActivityAsync("half a reply", cancellationToken: ct);
            throw new InvalidOperationException("boom");
        }, TestContext.Current.CancellationToken);

        // The failed run's state was not saved, so its reply is dropped with it; the apology goes out.
        Assert.Equal(["Sorry, something went wrong."], adapter.TakeReplies().Select(r => r.Text));
    }

    [Fact]
    public async Task The_same_middleware_registered_twice_neither_deadlocks_nor_saves_twice()
    {
        var host = new IntakeHost(new MemoryStorage());
        var adapter = host.AdapterFor(TestAdapter.CreateConversation("twice")).Use(host.Middleware);
        var turn = adapter.ProcessActivityAsync(adapter.MakeActivity("one"), host.Counter, TestContext.Current.CancellationToken);
        Assert.Same(turn, await Task.WhenAny(turn, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)));
        await turn;
        Assert.Equal(["count=1"], adapter.TakeReplies().Select(r => r.Text));
    }

    private async Task AlternateAsync(IStorage storageA, IStorage storageB)
    {
        var conversation = TestAdapter.CreateConversation("two-hosts-" + Guid.NewGuid().ToString("N"));
        var hosts = new[] { new IntakeHost(storageA), new IntakeHost(storageB) };
        var adapters = hosts.Select(h => h.AdapterFor(conversation)).ToArray();
        for (var line = 0; line < IntakeScript.Lines.Length; line++)
        {
            await SayAsync(adapters[line % 2], hosts[line % 2], line);
        }
    }

    private async Task ConcurrentTurnsAsync(IntakeHost[] hosts, int turns, string label)
    {
        var conversation = TestAdapter.CreateConversation("busy-" + Guid.NewGuid().ToString("N"));
        var adapters = hosts.Select(h => h.AdapterFor(conversation)).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, turns).Select(i => Task.Run(
            () => adapters[i % adapters.Length].ProcessActivityAsync(adapters[i % adapters.Length].MakeActivity($"turn {i}"), hosts[i % hosts.Length].Counter),
            TestContext.Current.CancellationToken)));
        clock.Stop();

        var said = adapters.SelectMany(a => a.TakeReplies()).Select(r => r.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, turns).Select(n => $"count={n}").Order(StringComparer.Ordinal), said);
        output.WriteLine($"{turns} concurrent turns ({label}): {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>Lets a test slip another instance's write in just before this instance's save.</summary>
    private sealed class InterferingStorage(IStorage inner) : IStorage
    {
        public Func<IStorage, Task>? InterfereOnce { get; set; }

        public int Conflicts { get; private set; }

        public Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            if (InterfereOnce is { } interfere)
            {
                InterfereOnce = null;
                await interfere(inner);
            }

            try
            {
                await inner.WriteAsync(changes, cancellationToken);
            }
            catch (StorageConflictException)
            {
                Conflicts++;
                throw;
            }
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default) => inner.DeleteByOwnerAsync(owner, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => inner.PurgeExpiredAsync(cancellationToken);
    }
}
