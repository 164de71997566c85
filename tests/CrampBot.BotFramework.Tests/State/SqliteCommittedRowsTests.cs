using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Tests.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>
/// The SQLite store answers reads from the rows it committed last. These pin what that must never change: another
/// process's write is never lost or overwritten, erased data is not served from memory, and memory stays bounded.
/// Every test uses real files and real stores; two stores on one file stand for two processes.
/// </summary>
public sealed class SqliteCommittedRowsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<StoreItem> WriteAsync(IStorage storage, string key, string text, string? eTag, string? owner = null)
    {
        var item = new StoreItem(new JsonObject { ["said"] = text }, eTag) { Owner = owner };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, Cancel);
        return item;
    }

    private static async Task<string?> SaidAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key], Cancel)).TryGetValue(key, out var item) ? item.Document["said"]!.GetValue<string>() : null;

    [Fact]
    public async Task A_save_based_on_a_row_another_process_changed_is_refused_and_the_next_read_sees_that_change()
    {
        var path = _folder.File("shared.db");
        using var mine = new SqliteStorage(path);
        using var other = new SqliteStorage(path);
        var key = "test/conversations/shared";

        var first = await WriteAsync(mine, key, "my calf cramps at night", eTag: null);
        var loaded = (await mine.ReadAsync([key], Cancel))[key];
        Assert.Equal(first.ETag, loaded.ETag);

        // The other process takes the next turn of the same conversation.
        var theirs = (await other.ReadAsync([key], Cancel))[key];
        await WriteAsync(other, key, "抽筋了怎么办", theirs.ETag);

        // This process saves on top of what it had loaded: refused, nothing of the other's write is lost ...
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(mine, key, "about 3 nights a week", loaded.ETag));
        Assert.Equal("抽筋了怎么办", await SaidAsync(other, key));

        // ... and the re-run of the turn loads the other's version from the file.
        Assert.Equal("抽筋了怎么办", await SaidAsync(mine, key));
    }

    [Fact]
    public async Task A_key_found_absent_reads_back_once_written_here()
    {
        using var storage = new SqliteStorage(_folder.File("state.db"));
        var key = "test/users/new";
        Assert.Null(await SaidAsync(storage, key));
        Assert.Null(await SaidAsync(storage, key));

        await WriteAsync(storage, key, "中文", eTag: null);
        Assert.Equal("中文", await SaidAsync(storage, key));
    }

    [Fact]
    public void A_read_that_began_before_a_commit_cannot_note_that_key_as_absent()
    {
        var rows = new SqliteCommittedRows();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // The read asked the file before the writer committed the key, and comes back after it was published.
        var readBegan = rows.Epoch;
        rows.Committed(new SqliteRow("test/users/raced", "{\"language\":\"zh-Hans\"}", null, null, null), 1, now);
        rows.NotFound("test/users/raced", readBegan);

        Assert.Equal(SqliteCommittedRows.Lookup.Found, rows.TryGet("test/users/raced", now, out var item));
        Assert.Equal("zh-Hans", item!.Document["language"]!.GetValue<string>());

        // With nothing published in between, the absence is kept.
        rows.NotFound("test/users/quiet", rows.Epoch);
        Assert.Equal(SqliteCommittedRows.Lookup.Absent, rows.TryGet("test/users/quiet", now, out _));
    }

    [Fact]
    public async Task A_key_found_absent_then_created_by_another_process_is_not_created_twice()
    {
        var path = _folder.File("shared.db");
        using var mine = new SqliteStorage(path);
        using var other = new SqliteStorage(path);
        var key = "test/users/both";

        Assert.Null(await SaidAsync(mine, key));
        await WriteAsync(other, key, "English, please", eTag: null);

        // This process still believes the key absent and tries to create it: refused, the other's row stays ...
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(mine, key, "请用中文", eTag: null));
        Assert.Equal("English, please", await SaidAsync(other, key));

        // ... and the re-run finds it.
        Assert.Equal("English, please", await SaidAsync(mine, key));
    }

    [Fact]
    public async Task Another_processs_write_is_noticed_at_this_processs_next_commit()
    {
        var path = _folder.File("shared.db");
        using var mine = new SqliteStorage(path);
        using var other = new SqliteStorage(path);
        var key = "test/conversations/a";

        var first = await WriteAsync(mine, key, "calf", eTag: null);
        await WriteAsync(other, key, "小腿", first.ETag);

        // Any commit of this process, even of another key, makes it drop what it remembered.
        await WriteAsync(mine, "test/conversations/b", "no", eTag: null);
        Assert.Equal("小腿", await SaidAsync(mine, key));
    }

    [Fact]
    public async Task Deleted_erased_and_expired_rows_are_not_served_from_memory()
    {
        var clock = new ManualTimeProvider();
        using var storage = new SqliteStorage(_folder.File("state.db"), clock);
        await WriteAsync(storage, "test/conversations/deleted", "left calf", eTag: null);
        await WriteAsync(storage, "test/conversations/erased", "左小腿", eTag: null, owner: "test/users/erased");
        var expiring = new StoreItem(new JsonObject { ["said"] = "right calf" }) { TimeToLive = TimeSpan.FromMinutes(5) };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/conversations/expiring"] = expiring }, Cancel);
        Assert.Equal(3, storage.RememberedDocuments);

        await storage.DeleteAsync(["test/conversations/deleted"], Cancel);
        Assert.Equal(1, await storage.DeleteByOwnerAsync("test/users/erased", Cancel));
        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(await SaidAsync(storage, "test/conversations/deleted"));
        Assert.Null(await SaidAsync(storage, "test/conversations/erased"));
        Assert.Null(await SaidAsync(storage, "test/conversations/expiring"));
        Assert.Equal(1, await storage.PurgeExpiredAsync(Cancel));
        Assert.Equal(0, storage.RememberedDocuments);
    }

    [Fact]
    public async Task Memory_stays_bounded_and_what_it_let_go_is_read_from_the_file()
    {
        using var storage = new SqliteStorage(_folder.File("state.db"));
        var padding = new string('x', 4000);
        var keys = Enumerable.Range(0, 3 * SqliteCommittedRows.GenerationChars / padding.Length).Select(i => $"test/conversations/c{i}").ToArray();
        foreach (var key in keys)
        {
            await WriteAsync(storage, key, key + padding, eTag: null);
        }

        // At most two generations' worth of documents are held, never all of them.
        Assert.InRange(storage.RememberedDocuments, 1, 2 * SqliteCommittedRows.GenerationChars / padding.Length);
        Assert.True(storage.RememberedDocuments < keys.Length);
        foreach (var key in new[] { keys[0], keys[keys.Length / 2], keys[^1] })
        {
            Assert.Equal(key + padding, await SaidAsync(storage, key));
        }
    }
}
