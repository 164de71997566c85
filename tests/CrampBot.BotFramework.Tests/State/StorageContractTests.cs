using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Tests.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>
/// The one contract every <see cref="IStorage"/> provider must keep. Each provider's test class derives from this
/// and only says how to make a store; the tests are the same for all.
/// </summary>
public abstract class StorageContractTests
{
    protected ManualTimeProvider Clock { get; } = new();

    /// <summary>A store over a clean space, using <see cref="Clock"/>.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    private static string Key(string name) => $"test/conversations/{name}-{Guid.NewGuid():N}";

    private static Dictionary<string, StoreItem> One(string key, StoreItem item) => new() { [key] = item };

    [Fact]
    public async Task Missing_keys_are_absent_from_the_result()
    {
        var storage = await CreateStorageAsync();
        var found = await storage.ReadAsync([Key("nothing"), Key("nothing-else")], TestContext.Current.CancellationToken);
        Assert.Empty(found);
        Assert.Empty(await storage.ReadAsync([], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_created_item_reads_back_with_its_new_etag()
    {
        var storage = await CreateStorageAsync();
        var key = Key("create");
        var item = new StoreItem(new JsonObject { ["name"] = "Ann", ["count"] = 2 });
        await storage.WriteAsync(One(key, item), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(item.ETag));
        var read = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key];
        Assert.Equal(item.ETag, read.ETag);
        Assert.Equal("{\"name\":\"Ann\",\"count\":2}", read.Document.ToJsonString());
    }

    [Fact]
    public async Task Writing_with_the_current_etag_updates_and_changes_the_etag()
    {
        var storage = await CreateStorageAsync();
        var key = Key("update");
        var first = new StoreItem(new JsonObject { ["v"] = 1 });
        await storage.WriteAsync(One(key, first), TestContext.Current.CancellationToken);
        var second = new StoreItem(new JsonObject { ["v"] = 2 }, first.ETag);
        await storage.WriteAsync(One(key, second), TestContext.Current.CancellationToken);

        Assert.NotEqual(first.ETag, second.ETag);
        var read = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key];
        Assert.Equal(2, read.Document["v"]!.GetValue<int>());
        Assert.Equal(second.ETag, read.ETag);
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var storage = await CreateStorageAsync();
        var key = Key("stale");
        var first = new StoreItem(new JsonObject { ["v"] = 1 });
        await storage.WriteAsync(One(key, first), TestContext.Current.CancellationToken);
        var staleETag = first.ETag;
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 2 }, staleETag)), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 3 }, staleETag)), TestContext.Current.CancellationToken));
        Assert.Equal(2, (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task Creating_what_already_exists_is_a_conflict()
    {
        var storage = await CreateStorageAsync();
        var key = Key("exists");
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 1 })), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 2 })), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_etag_for_a_missing_item_is_a_conflict()
    {
        var storage = await CreateStorageAsync();
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(One(Key("ghost"), new StoreItem(new JsonObject(), "41")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Star_overwrites_whatever_is_stored_and_creates_when_missing()
    {
        var storage = await CreateStorageAsync();
        var key = Key("star");
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 1 }, StorageETags.Any)), TestContext.Current.CancellationToken);
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 2 }, StorageETags.Any)), TestContext.Current.CancellationToken);
        Assert.Equal(2, (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task Delete_removes_and_a_missing_key_is_no_error()
    {
        var storage = await CreateStorageAsync();
        var key = Key("delete");
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 1 })), TestContext.Current.CancellationToken);
        await storage.DeleteAsync([key, Key("never-there")], TestContext.Current.CancellationToken);
        Assert.Empty(await storage.ReadAsync([key], TestContext.Current.CancellationToken));

        // After a delete the key can be created afresh.
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 9 })), TestContext.Current.CancellationToken);
        Assert.Equal(9, (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_with_one_conflict_writes_nothing()
    {
        var storage = await CreateStorageAsync();
        var existing = Key("batch-existing");
        var fresh = Key("batch-fresh");
        await storage.WriteAsync(One(existing, new StoreItem(new JsonObject { ["v"] = 1 })), TestContext.Current.CancellationToken);

        var batch = new Dictionary<string, StoreItem>
        {
            [fresh] = new(new JsonObject { ["v"] = 1 }),
            [existing] = new(new JsonObject { ["v"] = 2 }, "not-the-etag"),
        };
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(batch, TestContext.Current.CancellationToken));
        Assert.Empty(await storage.ReadAsync([fresh], TestContext.Current.CancellationToken));
        Assert.Equal(1, (await storage.ReadAsync([existing], TestContext.Current.CancellationToken))[existing].Document["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_large_value_round_trips()
    {
        var storage = await CreateStorageAsync();
        var key = Key("large");
        var big = string.Concat(Enumerable.Repeat("0123456789abcdef", 128 * 1024)); // 2 MiB
        var items = new JsonArray([.. Enumerable.Range(0, 5000).Select(i => (JsonNode)new JsonObject { ["i"] = i })]);
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["big"] = big, ["items"] = items })), TestContext.Current.CancellationToken);

        var read = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document;
        Assert.Equal(big, read["big"]!.GetValue<string>());
        Assert.Equal(5000, read["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("抽筋了！小腿很疼")]
    [InlineData("emoji 🦵💪 and 𝄞 outside the BMP")]
    [InlineData("quotes \" and \\ backslash and \u0000 NUL")]
    [InlineData("עברית RTL, Ελληνικά, кириллица")]
    public async Task Unicode_round_trips_exactly(string text)
    {
        var storage = await CreateStorageAsync();
        var key = $"test/users/{text.Length}-{Guid.NewGuid():N}:;@ü";
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { [text] = text })), TestContext.Current.CancellationToken);
        var read = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document;
        Assert.Equal(text, read[text]!.GetValue<string>());
    }

    [Fact]
    public async Task An_item_expires_after_its_time_to_live_and_can_then_be_created_again()
    {
        var storage = await CreateStorageAsync();
        var key = Key("ttl");
        var keep = Key("no-ttl");
        var first = new StoreItem(new JsonObject { ["v"] = 1 }) { TimeToLive = TimeSpan.FromDays(30) };
        await storage.WriteAsync(One(key, first), TestContext.Current.CancellationToken);
        await storage.WriteAsync(One(keep, new StoreItem(new JsonObject { ["v"] = 1 })), TestContext.Current.CancellationToken);

        Clock.Advance(TimeSpan.FromDays(29));
        Assert.Single(await storage.ReadAsync([key], TestContext.Current.CancellationToken));

        Clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await storage.ReadAsync([key], TestContext.Current.CancellationToken));
        Assert.Single(await storage.ReadAsync([keep], TestContext.Current.CancellationToken));

        // The old ETag no longer matches anything; a create (null ETag) succeeds.
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 2 }, first.ETag)), TestContext.Current.CancellationToken));
        var again = new StoreItem(new JsonObject { ["v"] = 3 });
        await storage.WriteAsync(One(key, again), TestContext.Current.CancellationToken);
        Assert.NotEqual(first.ETag, again.ETag);
        Assert.Equal(3, (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_read_tells_when_the_item_expires()
    {
        var storage = await CreateStorageAsync();
        var withTtl = Key("expires-at");
        var forever = Key("forever");
        await storage.WriteAsync(One(withTtl, new StoreItem(new JsonObject()) { TimeToLive = TimeSpan.FromDays(30) }), TestContext.Current.CancellationToken);
        await storage.WriteAsync(One(forever, new StoreItem(new JsonObject())), TestContext.Current.CancellationToken);

        var read = await storage.ReadAsync([withTtl, forever], TestContext.Current.CancellationToken);
        Assert.Equal(Clock.GetUtcNow() + TimeSpan.FromDays(30), read[withTtl].ExpiresAt);
        Assert.Null(read[forever].ExpiresAt);
    }

    [Fact]
    public async Task A_write_renews_the_time_to_live()
    {
        var storage = await CreateStorageAsync();
        var key = Key("renew");
        var item = new StoreItem(new JsonObject { ["v"] = 1 }) { TimeToLive = TimeSpan.FromDays(30) };
        await storage.WriteAsync(One(key, item), TestContext.Current.CancellationToken);
        Clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = 2 }, item.ETag) { TimeToLive = TimeSpan.FromDays(30) }), TestContext.Current.CancellationToken);
        Clock.Advance(TimeSpan.FromDays(20));
        Assert.Single(await storage.ReadAsync([key], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Purge_removes_expired_items_only()
    {
        var storage = await CreateStorageAsync();
        var expired = Key("purge-old");
        var live = Key("purge-live");
        await storage.WriteAsync(One(expired, new StoreItem(new JsonObject()) { TimeToLive = TimeSpan.FromMinutes(1) }), TestContext.Current.CancellationToken);
        await storage.WriteAsync(One(live, new StoreItem(new JsonObject()) { TimeToLive = TimeSpan.FromDays(1) }), TestContext.Current.CancellationToken);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await storage.PurgeExpiredAsync(TestContext.Current.CancellationToken));
        Assert.Single(await storage.ReadAsync([live], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Delete_by_owner_removes_every_item_of_that_owner_only()
    {
        var storage = await CreateStorageAsync();
        var owner = $"test/users/{Guid.NewGuid():N}";
        var mine = new[] { Key("mine-1"), Key("mine-2") };
        var theirs = Key("theirs");
        foreach (var key in mine)
        {
            await storage.WriteAsync(One(key, new StoreItem(new JsonObject()) { Owner = owner }), TestContext.Current.CancellationToken);
        }

        await storage.WriteAsync(One(theirs, new StoreItem(new JsonObject()) { Owner = "test/users/someone-else" }), TestContext.Current.CancellationToken);

        Assert.Equal(2, await storage.DeleteByOwnerAsync(owner, TestContext.Current.CancellationToken));
        Assert.Empty(await storage.ReadAsync(mine, TestContext.Current.CancellationToken));
        Assert.Single(await storage.ReadAsync([theirs], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_item_belongs_to_the_owner_of_its_last_write()
    {
        var storage = await CreateStorageAsync();
        var first = $"test/users/{Guid.NewGuid():N}";
        var second = $"test/users/{Guid.NewGuid():N}";
        var moved = Key("moved");
        var kept = Key("kept");
        var released = Key("released");

        // Rewritten under the same owner (the usual turn), under another owner, and with no owner at all.
        var item = await WriteTwiceAsync(storage, kept, first, first);
        await WriteTwiceAsync(storage, moved, first, second);
        await WriteTwiceAsync(storage, released, first, null);
        item = new StoreItem(new JsonObject { ["v"] = 3 }, item.ETag) { Owner = first };
        await storage.WriteAsync(One(kept, item), TestContext.Current.CancellationToken);

        Assert.Equal(1, await storage.DeleteByOwnerAsync(first, TestContext.Current.CancellationToken));
        Assert.Empty(await storage.ReadAsync([kept], TestContext.Current.CancellationToken));
        Assert.Equal(2, (await storage.ReadAsync([moved, released], TestContext.Current.CancellationToken)).Count);
        Assert.Equal(1, await storage.DeleteByOwnerAsync(second, TestContext.Current.CancellationToken));
        Assert.Empty(await storage.ReadAsync([moved], TestContext.Current.CancellationToken));
        Assert.Single(await storage.ReadAsync([released], TestContext.Current.CancellationToken));
    }

    private static async Task<StoreItem> WriteTwiceAsync(IStorage storage, string key, string? owner, string? nextOwner)
    {
        var item = new StoreItem(new JsonObject { ["v"] = 1 }) { Owner = owner };
        await storage.WriteAsync(One(key, item), TestContext.Current.CancellationToken);
        item = new StoreItem(new JsonObject { ["v"] = 2 }, item.ETag) { Owner = nextOwner };
        await storage.WriteAsync(One(key, item), TestContext.Current.CancellationToken);
        return item;
    }

    [Fact]
    public async Task Of_many_writers_holding_the_same_etag_exactly_one_wins()
    {
        var storage = await CreateStorageAsync();
        var key = Key("race");
        var seed = new StoreItem(new JsonObject { ["v"] = 0 });
        await storage.WriteAsync(One(key, seed), TestContext.Current.CancellationToken);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 12).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = i }, seed.ETag)), TestContext.Current.CancellationToken);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task Fifty_concurrent_read_modify_writes_of_one_key_lose_no_increment()
    {
        var storage = await CreateStorageAsync();
        var key = Key("counter");
        await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["n"] = 0 })), TestContext.Current.CancellationToken);

        // Each writer retries on a conflict, as the state middleware re-runs a turn: every increment must land once.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var current = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key];
                var next = new StoreItem(new JsonObject { ["n"] = current.Document["n"]!.GetValue<int>() + 1 }, current.ETag);
                try
                {
                    await storage.WriteAsync(One(key, next), TestContext.Current.CancellationToken);
                    return;
                }
                catch (StorageConflictException)
                {
                    await Task.Yield();
                }
            }

            Assert.Fail("an increment never got through");
        })));

        Assert.Equal(50, (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key].Document["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task Of_many_creators_of_one_new_key_exactly_one_wins()
    {
        var storage = await CreateStorageAsync();
        var key = Key("create-race");
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 12).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(One(key, new StoreItem(new JsonObject { ["v"] = i })), TestContext.Current.CancellationToken);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
    }
}

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage(Clock));
}

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteStorage> _stores = [];

    protected override Task<IStorage> CreateStorageAsync()
    {
        var store = new SqliteStorage(_folder.File("state.db"), Clock);
        _stores.Add(store);
        return Task.FromResult<IStorage>(store);
    }

    public void Dispose()
    {
        _stores.ForEach(s => s.Dispose());
        _folder.Dispose();
    }
}

public sealed class PostgresStorageContractTests : StorageContractTests, IAsyncDisposable
{
    private readonly List<PostgresStorage> _stores = [];

    protected override async Task<IStorage> CreateStorageAsync()
    {
        var store = new PostgresStorage(await PostgresTestDatabase.CreateSchemaAsync(), Clock);
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
