using Microsoft.Data.Sqlite;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Storage in one SQLite file: the default, so a restart loses nothing. Built for many turns at once:
/// <list type="bullet">
/// <item>Writes go through one queue to one connection drained by one loop (<see cref="SqliteWriter"/>), which
/// commits whatever is queued as one transaction. One writer by design, so no turn ever sleeps in SQLite's busy
/// handler, and the ETag check and the write of an operation cannot interleave with another write.</item>
/// <item>A read is answered from the rows this process committed last (<see cref="SqliteCommittedRows"/>) when it
/// knows them; otherwise it runs on the caller's thread on a pooled read connection with a prepared statement
/// (<see cref="SqliteReaders"/>). In WAL mode it sees the last commit and never waits for the writer.</item>
/// <item>The file and its folder are created on first use (or by <see cref="EnsureCreated"/> at start-up), the
/// schema is versioned with <c>PRAGMA user_version</c>, deleted rows are zeroed (<c>secure_delete</c>) and every
/// deletion is followed by a checkpoint that empties the WAL, so erased data leaves the disk.</item>
/// </list>
/// Another process may use the same file (the CLI's chat): SQLite's file locks keep that correct, and only then
/// can a write wait for a lock. A turn that loaded a row the other process had just changed is re-run at its save
/// (an ETag conflict), from the file.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly TimeProvider _time;
    private readonly SqliteSynchronous _synchronous;
    private readonly Lock _initLock = new();
    private readonly SqliteCommittedRows _committed = new();
    private SqliteWriter? _writer;
    private SqliteReaders? _readers;
    private volatile bool _initialized;
    private bool _disposed;

    public SqliteStorage(string path, TimeProvider? timeProvider = null, SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        _synchronous = synchronous;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>How many documents this store remembers from its own commits (tests and diagnostics).</summary>
    internal int RememberedDocuments => _committed.Documents;

    /// <summary>The schema version this code creates and expects.</summary>
    public static int SchemaVersion => SqliteSchema.Version;

    public Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IDictionary<string, StoreItem> found = new Dictionary<string, StoreItem>(keys.Length, StringComparer.Ordinal);
        if (keys.Length > 0)
        {
            var now = Now();
            List<string>? unknown = null;
            foreach (var key in keys)
            {
                switch (_committed.TryGet(key, now, out var item))
                {
                    case SqliteCommittedRows.Lookup.Found:
                        found[key] = item!;
                        break;
                    case SqliteCommittedRows.Lookup.Unknown:
                        (unknown ??= []).Add(key);
                        break;
                }
            }

            if (unknown is not null)
            {
                // SQLite answers in microseconds: cheaper done here than handed to another thread.
                var epoch = _committed.Epoch;
                Readers().ReadInto(unknown, now, found);
                foreach (var key in unknown)
                {
                    if (!found.ContainsKey(key))
                    {
                        _committed.NotFound(key, epoch);
                    }
                }
            }
        }

        return Task.FromResult(found);
    }

    public async Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialised here, on the turn's own thread, so the writer loop spends its time only on SQLite.
        var rows = new SqliteRow[changes.Count];
        var items = new StoreItem[changes.Count];
        var i = 0;
        foreach (var (key, item) in changes)
        {
            rows[i] = new SqliteRow(key, item.Json, item.Owner, item.TimeToLive is { } ttl ? (long)ttl.TotalMilliseconds : null, item.ETag);
            items[i++] = item;
        }

        var versions = await Writer().Enqueue(new PutOperation(rows, Now()));
        for (i = 0; i < items.Length; i++)
        {
            items[i].ETag = versions[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Length == 0 ? Task.CompletedTask : Writer().Enqueue(new DeleteKeysOperation(keys));
    }

    public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Writer().Enqueue(new DeleteOwnerOperation(owner));
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        Writer().Enqueue(new PurgeOperation(Now()));

    /// <summary>Creates the file and schema now rather than on first use (start-up fails fast on a bad path).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        EnsureCreated();
        return Task.CompletedTask;
    }

    /// <inheritdoc cref="EnsureCreatedAsync"/>
    public void EnsureCreated()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_initialized)
            {
                return;
            }

            var connection = OpenWriterConnection();
            _writer = new SqliteWriter(connection, _committed);
            _readers = new SqliteReaders(Path);
            _initialized = true;
        }
    }

    /// <summary>Commits what is queued, then closes every connection.</summary>
    public void Dispose()
    {
        lock (_initLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer?.Dispose();
            _readers?.Dispose();
        }
    }

    private SqliteConnection OpenWriterConnection()
    {
        try
        {
            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            var connection = SqliteSchema.OpenWriter(Path, _synchronous);
            try
            {
                SqliteSchema.Migrate(connection, Path);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            return connection;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException { SqliteErrorCode: 8 or 14 })
        {
            // 8 = SQLITE_READONLY, 14 = SQLITE_CANTOPEN: the operator has to choose another place.
            throw new InvalidOperationException(
                $"The SQLite state file {Path} cannot be created or written ({ex.Message}). Set Storage:Sqlite:Path to a file in a folder this process may write.",
                ex);
        }
    }

    private SqliteWriter Writer()
    {
        EnsureCreated();
        return _writer!;
    }

    private SqliteReaders Readers()
    {
        EnsureCreated();
        return _readers!;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
