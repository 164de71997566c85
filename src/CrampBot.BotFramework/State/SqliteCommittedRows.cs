using System.Collections.Concurrent;

namespace CrampBot.BotFramework.State;

/// <summary>
/// The rows this process committed most recently, so the next turn of a conversation loads its state from memory
/// instead of going back to the file for what was written a moment ago. A read from the file costs a read
/// transaction, its locks and a walk down the B-tree, all from a page cache that SQLite empties whenever anything
/// was committed since (always, under load). Keys the file was asked for and did not have are remembered as absent
/// too: most users never store anything of their own, yet every turn asks for their user state.
/// <para>
/// Only the writer loop changes it, right after each commit and in commit order, so it never holds an older
/// version than the file while this process is the only writer. Deletions, owner erasure and purges forget what
/// they removed before their callers hear they are done. A read may only note a key as absent if nothing was
/// published since that read began (<see cref="Epoch"/>), so it can never hide a row committed meanwhile.
/// Another process writing the same file (the CLI's chat, a second instance) is noticed at this process's next
/// commit, which then forgets everything; a turn that loaded a row changed elsewhere before that fails its ETag
/// check at its save, the row is forgotten, and the turn is re-run from the file, as any conflict between
/// instances is.
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

    /// <summary>What an absent key costs in the budget: its entry, roughly.</summary>
    private const int AbsentChars = 64;

    private static readonly Row Absent = new(null, 0, null, null);

    private readonly Lock _gate = new();
    private volatile ConcurrentDictionary<string, Row> _newer = Empty();
    private volatile ConcurrentDictionary<string, Row> _older = Empty();
    private long _newerChars;
    private long _epoch;

    /// <summary>What a lookup knows of a key.</summary>
    public enum Lookup
    {
        /// <summary>Not known here: read the file.</summary>
        Unknown,

        /// <summary>The item as this process last committed it.</summary>
        Found,

        /// <summary>Not in the file (never written, deleted or expired).</summary>
        Absent,
    }

    /// <summary>Counts every change the writer publishes; a read takes it before it asks the file.</summary>
    public long Epoch => Volatile.Read(ref _epoch);

    /// <summary>How many documents are held, absent keys not counted (for tests and diagnostics).</summary>
    public int Documents => _newer.Values.Count(r => r.Json is not null) + _older.Values.Count(r => r.Json is not null);

    /// <summary>What is known of the key at <paramref name="now"/>; <paramref name="item"/> is set when found.</summary>
    public Lookup TryGet(string key, long now, out StoreItem? item)
    {
        item = null;
        if (!_newer.TryGetValue(key, out var row) && !_older.TryGetValue(key, out row))
        {
            return Lookup.Unknown;
        }

        if (row.Json is null || row.ExpiresAt is { } expires && expires <= now)
        {
            return Lookup.Absent;
        }

        item = StoreRows.Item(row.Json, row.Version, row.Owner, row.ExpiresAt);
        return Lookup.Found;
    }

    /// <summary>Writer loop only, after the commit that wrote this version.</summary>
    public void Committed(in SqliteRow row, long version, long now)
    {
        lock (_gate)
        {
            _epoch++;
            Put(row.Key, new Row(row.Json, version, row.Owner, row.ExpiresAt(now)), row.Json.Length);
        }
    }

    /// <summary>
    /// A read that began at <paramref name="epoch"/> found nothing for the key. Kept only if the writer published
    /// nothing since: otherwise the key may have been written after the file was asked.
    /// </summary>
    public void NotFound(string key, long epoch)
    {
        lock (_gate)
        {
            if (_epoch == epoch)
            {
                Put(key, Absent, AbsentChars);
            }
        }
    }

    /// <summary>Writer loop only: the key was deleted, or its save was refused (what is held here may be stale).</summary>
    public void Forget(string key)
    {
        lock (_gate)
        {
            _epoch++;
            _newer.TryRemove(key, out _);
            _older.TryRemove(key, out _);
        }
    }

    /// <summary>Writer loop only, after a user's data was erased.</summary>
    public void ForgetOwner(string owner) => ForgetWhere(row => string.Equals(row.Owner, owner, StringComparison.Ordinal));

    /// <summary>Writer loop only, after a purge: expired rows would not be served anyway, but need not be kept.</summary>
    public void ForgetExpired(long now) => ForgetWhere(row => row.ExpiresAt is { } at && at <= now);

    /// <summary>Writer loop only: another connection changed the file, so nothing held here can be trusted.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _epoch++;
            _newer = Empty();
            _older = Empty();
            _newerChars = 0;
        }
    }

    private void ForgetWhere(Func<Row, bool> match)
    {
        lock (_gate)
        {
            _epoch++;
            foreach (var generation in new[] { _newer, _older })
            {
                foreach (var (key, row) in generation)
                {
                    if (row.Json is not null && match(row))
                    {
                        generation.TryRemove(key, out _);
                    }
                }
            }
        }
    }

    /// <summary>Under the gate.</summary>
    private void Put(string key, Row row, int chars)
    {
        _newer[key] = row;
        _older.TryRemove(key, out _);
        _newerChars += chars;
        if (_newerChars >= GenerationChars)
        {
            _older = _newer;
            _newer = Empty();
            _newerChars = 0;
        }
    }

    private static ConcurrentDictionary<string, Row> Empty() => new(StringComparer.Ordinal);

    /// <param name="Json">The document; null for a key the file does not have.</param>
    /// <param name="ExpiresAt">Unix milliseconds, as the file stores it.</param>
    private sealed record Row(string? Json, long Version, string? Owner, long? ExpiresAt);
}
