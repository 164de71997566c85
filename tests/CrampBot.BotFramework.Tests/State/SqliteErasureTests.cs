using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Tests.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>
/// Erased data leaves the disk: after a delete, no byte of what the user said is left in the SQLite file, its WAL
/// or its free pages, even though the rows were rewritten many times (each version went through the WAL).
/// </summary>
public sealed class SqliteErasureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>How many times the markers' bytes occur in the database file and its companions (-wal, -shm, -journal).</summary>
    internal static int CountOnDisk(string databasePath, params string[] markers)
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(databasePath)!, Path.GetFileName(databasePath) + "*");
        Assert.NotEmpty(files);
        var found = 0;
        foreach (var file in files)
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            // As typed (UTF-8) and as stored in JSON, where non-ASCII characters may be written as \uXXXX escapes.
            foreach (var marker in markers.Concat(markers.Select(m => JsonEncodedText.Encode(m).ToString())).Distinct())
            {
                var needle = Encoding.UTF8.GetBytes(marker);
                for (var at = bytes.AsSpan().IndexOf(needle); at >= 0;)
                {
                    found++;
                    var next = bytes.AsSpan(at + 1).IndexOf(needle);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }
        }

        return found;
    }

    [Fact]
    public async Task After_delete_by_owner_the_users_words_are_nowhere_in_the_files_and_the_others_are_kept()
    {
        var path = _folder.File("state.db");
        using var storage = new SqliteStorage(path);
        var cancel = TestContext.Current.CancellationToken;
        var owner = "test/users/erased";
        var words = "calf cramps since the marathon " + Guid.NewGuid().ToString("N");
        var chinese = "左小腿抽筋" + Guid.NewGuid().ToString("N")[..8];
        var kept = "another user wrote this " + Guid.NewGuid().ToString("N");

        // Several versions of each row (a conversation over many turns), plus enough other data to fill pages.
        var eTags = new Dictionary<string, string?>();
        for (var turn = 0; turn < 30; turn++)
        {
            foreach (var key in new[] { "test/conversations/a", "test/conversations/b" })
            {
                eTags.TryGetValue(key, out var eTag);
                var item = new StoreItem(new JsonObject { ["said"] = $"{words} {chinese} turn {turn}", ["padding"] = new string('x', 3000) }, eTag) { Owner = owner };
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, cancel);
                eTags[key] = item.ETag;
            }

            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"test/conversations/other-{turn}"] = new(new JsonObject { ["said"] = kept }) { Owner = "test/users/other" } }, cancel);
        }

        Assert.True(CountOnDisk(path, words, chinese) > 0, "the test must see the words before the delete");

        Assert.Equal(2, await storage.DeleteByOwnerAsync(owner, cancel));

        Assert.Equal(0, CountOnDisk(path, words, chinese));
        Assert.True(CountOnDisk(path, kept) > 0, "other users' data is untouched");
        Assert.Single(await storage.ReadAsync(["test/conversations/other-7"], cancel));
    }

    [Fact]
    public async Task After_a_delete_by_key_the_rows_words_are_gone_from_the_files_too()
    {
        var path = _folder.File("state.db");
        using var storage = new SqliteStorage(path);
        var cancel = TestContext.Current.CancellationToken;
        var words = "my left calf " + Guid.NewGuid().ToString("N");
        var item = new StoreItem(new JsonObject { ["said"] = words });
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/users/u"] = item }, cancel);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["test/users/u"] = new(new JsonObject { ["said"] = words + " again" }, item.ETag) }, cancel);

        await storage.DeleteAsync(["test/users/u"], cancel);

        Assert.Equal(0, CountOnDisk(path, words));
    }
}
