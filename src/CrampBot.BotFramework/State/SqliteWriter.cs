using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CrampBot.BotFramework.State;

/// <summary>
/// The one connection that writes, fed by a queue and drained by one loop. SQLite allows one writer at a time; doing
/// that by design instead of by collision means no write ever sleeps in SQLite's busy handler. Whatever is queued
/// when the loop comes round is committed as one transaction (group commit), so under load the cost of a commit
/// is shared by many turns, while a lone write is committed at once. Each queued operation stays all-or-nothing:
/// it checks every ETag before it writes anything, and nothing else writes in between. After each commit it tells
/// <see cref="SqliteCommittedRows"/> what was written or removed, before anyone waiting hears the write is done.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    /// <summary>Enough to share a commit among every turn of a busy moment, small enough to keep a batch short.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<WriteOperation> _queue = Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly Task _loop;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;
    private readonly SqliteCommand _current;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _deleteKey;
    private readonly SqliteCommand _deleteOwner;
    private readonly SqliteCommand _purge;
    private readonly SqliteCommand _checkpoint;
    private readonly SqliteCommand _dataVersion;
    private readonly SqliteCommittedRows _committed;
    private long? _lastDataVersion;

    public SqliteWriter(SqliteConnection connection, SqliteCommittedRows committed)
    {
        _connection = connection;
        _committed = committed;
        _begin = SqliteSchema.Prepare(connection, "BEGIN IMMEDIATE");
        _commit = SqliteSchema.Prepare(connection, "COMMIT");
        _rollback = SqliteSchema.Prepare(connection, "ROLLBACK");
        _current = SqliteSchema.Prepare(connection, "SELECT version, expires_at, owner IS $owner FROM bot_state WHERE key = $key", "$key", "$owner");
        _upsert = SqliteSchema.Prepare(
            connection,
            """
            INSERT INTO bot_state (key, document, version, owner, updated_at, expires_at)
            VALUES ($key, $document, $version, $owner, $now, $expires)
            ON CONFLICT (key) DO UPDATE SET document = excluded.document, version = excluded.version,
                owner = excluded.owner, updated_at = excluded.updated_at, expires_at = excluded.expires_at
            """,
            "$key",
            "$document",
            "$version",
            "$owner",
            "$now",
            "$expires");

        // A turn rewrites its conversation's row with the same owner: leaving the owner out of the SET spares the
        // owner index a delete and an insert, one WAL page (of four) per saved row.
        _update = SqliteSchema.Prepare(
            connection,
            "UPDATE bot_state SET document = $document, version = $version, updated_at = $now, expires_at = $expires WHERE key = $key",
            "$key",
            "$document",
            "$version",
            "$now",
            "$expires");
        _deleteKey = SqliteSchema.Prepare(connection, "DELETE FROM bot_state WHERE key = $key", "$key");
        _deleteOwner = SqliteSchema.Prepare(connection, "DELETE FROM bot_state WHERE owner = $owner", "$owner");
        _purge = SqliteSchema.Prepare(connection, "DELETE FROM bot_state WHERE expires_at IS NOT NULL AND expires_at <= $now", "$now");
        _checkpoint = SqliteSchema.Prepare(connection, "PRAGMA wal_checkpoint(TRUNCATE)");

        // Changes only when another connection commits: this connection is the only one here that writes.
        _dataVersion = SqliteSchema.Prepare(connection, "PRAGMA data_version");
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the operation; its task completes once it is committed (or has failed).</summary>
    public Task<T> Enqueue<T>(WriteOperation<T> operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            throw new ObjectDisposedException(nameof(SqliteStorage), "The SQLite store has been disposed.");
        }

        return operation.Task;
    }

    public void Dispose()
    {
        if (_queue.Writer.TryComplete())
        {
            // What is queued is still committed; a stuck disk cannot hold shutdown for ever.
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
    }

    // ---- what operations do, on the writer loop, inside the open transaction ----

    /// <summary>
    /// The stored version of a key (0 when absent), whether it is live (present and not expired), and whether the
    /// stored row has the owner <paramref name="owner"/> (false when absent).
    /// </summary>
    internal (long Version, bool Live, bool SameOwner) Current(string key, string? owner, long now)
    {
        _current.Parameters[0].Value = key;
        _current.Parameters[1].Value = (object?)owner ?? DBNull.Value;
        using var row = _current.ExecuteReader();
        if (!row.Read())
        {
            return (0, false, false);
        }

        // An expired row counts as absent, but its version keeps counting up so an old ETag never matches again.
        return (row.GetInt64(0), row.IsDBNull(1) || row.GetInt64(1) > now, row.GetBoolean(2));
    }

    /// <summary>Rewrites a row that exists and keeps its owner (see <see cref="Current"/>).</summary>
    internal void Update(in SqliteRow row, long version, long now)
    {
        var p = _update.Parameters;
        p[0].Value = row.Key;
        p[1].Value = row.Json;
        p[2].Value = version;
        p[3].Value = now;
        p[4].Value = (object?)row.ExpiresAt(now) ?? DBNull.Value;
        _update.ExecuteNonQuery();
    }

    /// <summary>Inserts a row, or rewrites every column of one that exists (its owner may change).</summary>
    internal void Upsert(in SqliteRow row, long version, long now)
    {
        var p = _upsert.Parameters;
        p[0].Value = row.Key;
        p[1].Value = row.Json;
        p[2].Value = version;
        p[3].Value = (object?)row.Owner ?? DBNull.Value;
        p[4].Value = now;
        p[5].Value = (object?)row.ExpiresAt(now) ?? DBNull.Value;
        _upsert.ExecuteNonQuery();
    }

    internal int DeleteKey(string key)
    {
        _deleteKey.Parameters[0].Value = key;
        return _deleteKey.ExecuteNonQuery();
    }

    internal int DeleteOwner(string owner)
    {
        _deleteOwner.Parameters[0].Value = owner;
        return _deleteOwner.ExecuteNonQuery();
    }

    internal int Purge(long now)
    {
        _purge.Parameters[0].Value = now;
        return _purge.ExecuteNonQuery();
    }

    // ---- the loop ----

    /// <summary>
    /// Waits for work without holding a thread (a blocked thread's spin-then-sleep cost a tenth of the CPU at low
    /// load), then runs each batch synchronously: SQLite's calls are synchronous anyway, and a batch is short.
    /// </summary>
    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<WriteOperation>(MaxBatch);
        try
        {
            while (true)
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var operation))
                {
                    batch.Add(operation);
                }

                if (batch.Count == 0)
                {
                    // Nothing queued: sleep until something is (false: the store is closing and the queue is empty).
                    if (!await reader.WaitToReadAsync().ConfigureAwait(false))
                    {
                        return;
                    }

                    continue;
                }

                Execute(batch);
                batch.Clear();
            }
        }
        finally
        {
            foreach (var command in new[] { _begin, _commit, _rollback, _current, _upsert, _update, _deleteKey, _deleteOwner, _purge, _checkpoint, _dataVersion })
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }

    private void Execute(List<WriteOperation> batch)
    {
        try
        {
            _begin.ExecuteNonQuery();
            ForgetIfWrittenElsewhere();
            foreach (var operation in batch)
            {
                operation.Apply(this);
            }

            _commit.ExecuteNonQuery();
        }
        catch (Exception ex)
        {
            TryRollback();
            if (batch.Count > 1)
            {
                // One operation broke the transaction (a full disk, a bad value): run each alone so only it fails.
                foreach (var operation in batch)
                {
                    Execute([operation]);
                }

                return;
            }

            batch[0].Fail(ex);
            return;
        }

        if (batch.Exists(o => o.Scrubs))
        {
            TruncateLog();
        }

        foreach (var operation in batch)
        {
            operation.Publish(_committed);
            operation.Complete();
        }
    }

    /// <summary>Another process committed to the file since this one last looked: what it remembers may be stale.</summary>
    private void ForgetIfWrittenElsewhere()
    {
        var version = (long)_dataVersion.ExecuteScalar()!;
        if (_lastDataVersion is { } last && last != version)
        {
            _committed.Clear();
        }

        _lastDataVersion = version;
    }

    /// <summary>
    /// Copies the WAL into the database and empties it, so the deleted rows' earlier versions (which the WAL still
    /// holds) leave the disk with them. Readers are short, so the wait for them is short too.
    /// </summary>
    private void TruncateLog()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var result = _checkpoint.ExecuteReader();
            if (result.Read() && result.GetInt32(0) == 0)
            {
                return;
            }

            Thread.Sleep(2);
        }
    }

    private void TryRollback()
    {
        try
        {
            if (!_connection.Handle!.IsInvalid && SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0)
            {
                _rollback.ExecuteNonQuery();
            }
        }
        catch (SqliteException)
        {
            // Nothing open to roll back.
        }
    }
}

/// <summary>One row to write, prepared (serialised) on the caller's thread so the writer loop only writes.</summary>
internal readonly record struct SqliteRow(string Key, string Json, string? Owner, long? TimeToLiveMs, string? ETag)
{
    /// <summary>When a row written at <paramref name="now"/> expires, in Unix milliseconds (null: never).</summary>
    public long? ExpiresAt(long now) => TimeToLiveMs is { } ttl ? now + ttl : null;
}

/// <summary>Something the writer does inside its transaction; completed only after the commit.</summary>
internal abstract class WriteOperation
{
    /// <summary>Whether the WAL is truncated after this commits (deletions: the old versions must leave the disk).</summary>
    public virtual bool Scrubs => false;

    public abstract void Apply(SqliteWriter writer);

    /// <summary>After the commit: what the operation wrote or removed, told to the rows this process remembers.</summary>
    public abstract void Publish(SqliteCommittedRows committed);

    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal abstract class WriteOperation<T> : WriteOperation
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _refused;
    private T? _result;

    public Task<T> Task => _done.Task;

    /// <summary>Whether the operation was refused (an ETag conflict) rather than written.</summary>
    protected bool Refused => _refused is not null;

    /// <summary>What <see cref="Run"/> returned (read once it has run and was not refused).</summary>
    protected T Result => _result!;

    public override void Apply(SqliteWriter writer)
    {
        _refused = null;
        try
        {
            _result = Run(writer);
        }
        catch (StorageConflictException conflict)
        {
            // Refused before anything was written: the batch goes on, this operation fails after the commit.
            _refused = conflict;
        }
    }

    public override void Complete()
    {
        if (_refused is not null)
        {
            _done.TrySetException(_refused);
        }
        else
        {
            _done.TrySetResult(_result!);
        }
    }

    public override void Fail(Exception exception) => _done.TrySetException(exception);

    protected abstract T Run(SqliteWriter writer);
}

/// <summary>An ETag-checked write of several rows, all or nothing; the result is each row's new version.</summary>
internal sealed class PutOperation(SqliteRow[] rows, long now) : WriteOperation<long[]>
{
    public override void Publish(SqliteCommittedRows committed)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (Refused)
            {
                // What the turn loaded may have been stale (changed by another process): its re-run reads the file.
                committed.Forget(rows[i].Key);
            }
            else
            {
                committed.Committed(rows[i], Result[i], now);
            }
        }
    }

    protected override long[] Run(SqliteWriter writer)
    {
        var versions = new long[rows.Length];
        var sameOwner = new bool[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            (var version, var live, sameOwner[i]) = writer.Current(rows[i].Key, rows[i].Owner, now);
            if (!StorageETags.Allows(rows[i].ETag, live ? version.ToString(CultureInfo.InvariantCulture) : null))
            {
                throw StorageConflictException.ForKey(rows[i].Key);
            }

            versions[i] = version + 1;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (sameOwner[i])
            {
                writer.Update(rows[i], versions[i], now);
            }
            else
            {
                writer.Upsert(rows[i], versions[i], now);
            }
        }

        return versions;
    }
}

internal sealed class DeleteKeysOperation(string[] keys) : WriteOperation<int>
{
    public override bool Scrubs => true;

    public override void Publish(SqliteCommittedRows committed)
    {
        foreach (var key in keys)
        {
            committed.Forget(key);
        }
    }

    protected override int Run(SqliteWriter writer) => keys.Sum(writer.DeleteKey);
}

internal sealed class DeleteOwnerOperation(string owner) : WriteOperation<int>
{
    public override bool Scrubs => true;

    public override void Publish(SqliteCommittedRows committed) => committed.ForgetOwner(owner);

    protected override int Run(SqliteWriter writer) => writer.DeleteOwner(owner);
}

internal sealed class PurgeOperation(long now) : WriteOperation<int>
{
    public override void Publish(SqliteCommittedRows committed) => committed.ForgetExpired(now);

    protected override int Run(SqliteWriter writer) => writer.Purge(now);
}
