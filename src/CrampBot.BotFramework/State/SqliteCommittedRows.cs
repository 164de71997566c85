using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CrampBot.BotFramework.State;

/// <summary>
/// The rows this process committed most recently, so the next turn of a conversation loads its state from memory
/// instead of going back to the file for what was written a moment ago. A read from the file costs a read
/// transaction, its locks and a walk down the B-tree, all from a page cache that SQLite empties whenever anything
/// was committed since (always, under load).
/// <para>
/// Only the writer loop changes it, right after each commit and in commit order, so it never holds an older
/// version than the file while this process is the only writer. Deletions, owner erasure and purges forget what
/// they removed before their callers hear they are done. Another process writing the same file (the CLI's chat,
/// a second instance) is noticed at this process's next commit, which then forgets everything; a turn that loaded
/// a row changed elsewhere before that fails its ETag check at its save, the row is forgotten, and the turn is
/// re-run from the file, as any conflict between instances is.
/// </para>
/// <para>
/// Bounded by two generations: when the newer one holds <see cref="GenerationChars"/> characters of documents it
/// becomes the older one, and the previous older one is dropped. A miss only means a read from the file.
/// </para>
/// </summary>
internal sealed class SqliteCommittedRows
{
    /// <summary>About 2 MiB of documents per generation: a thousand or more conversations at a kilobyte or two each.</summary>
    public const int GenerationChars = 1 << 20;

    private volatile ConcurrentDictionary<string, Row> _newer = Empty();
    private volatile ConcurrentDictionary<string, Row> _older = Empty();
    private long _newerChars;

    /// <summary>Number of rows held (for tests and diagnostics).</summary>
    public int Count => _newer.Count + _older.Count;

    /// <summary>The item as this process last committed it, unless unknown here or expired at <paramref name="now"/>.</summary>
    public bool TryGet(string key, long now, [NotNullWhen(true)] out StoreItem? item)
    {
        if ((_newer.TryGetValue(key, out var row) || _older.TryGetValue(key, out row)) && (row.ExpiresAt is not { } expires || expires > now))
        {
            item = new StoreItem(row.Json, row.Version.ToString(CultureInfo.InvariantCulture))
            {
                Owner = row.Owner,
                ExpiresAt = row.ExpiresAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
            };
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>Writer loop only, after the commit that wrote this version.</summary>
    public void Committed(in SqliteRow row, long version, long now)
    {
        _newer[row.Key] = new Row(row.Json, version, row.Owner, row.TimeToLiveMs is { } ttl ? now + ttl : null);
        _older.TryRemove(row.Key, out _);
        _newerChars += row.Json.Length;
        if (_newerChars >= GenerationChars)
        {
            _older = _newer;
            _newer = Empty();
            _newerChars = 0;
        }
    }

    /// <summary>Writer loop only: the key was deleted, or its save was refused (what is held here may be stale).</summary>
    public void Forget(string key)
    {
        _newer.TryRemove(key, out _);
        _older.TryRemove(key, out _);
    }

    /// <summary>Writer loop only, after a user's data was erased.</summary>
    public void ForgetOwner(string owner) => ForgetWhere(row => string.Equals(row.Owner, owner, StringComparison.Ordinal));

    /// <summary>Writer loop only, after a purge: expired rows would not be served anyway, but need not be kept.</summary>
    public void ForgetExpired(long now) => ForgetWhere(row => row.ExpiresAt is { } at && at <= now);

    /// <summary>Writer loop only: another connection changed the file, so nothing held here can be trusted.</summary>
    public void Clear()
    {
        _newer = Empty();
        _older = Empty();
        _newerChars = 0;
    }

    private void ForgetWhere(Func<Row, bool> match)
    {
        foreach (var generation in new[] { _newer, _older })
        {
            foreach (var (key, row) in generation)
            {
                if (match(row))
                {
                    generation.TryRemove(key, out _);
                }
            }
        }
    }

    private static ConcurrentDictionary<string, Row> Empty() => new(StringComparer.Ordinal);

    /// <param name="ExpiresAt">Unix milliseconds, as the file stores it.</param>
    private sealed record Row(string Json, long Version, string? Owner, long? ExpiresAt);
}
