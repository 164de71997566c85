using System.Globalization;
using Npgsql;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Storage in PostgreSQL, for several bot instances sharing one database. The table is created if missing
/// (under an advisory lock, so instances starting together do not race) and the schema version is recorded.
/// Optimistic concurrency lives in a version column: each key's write is one conditional statement
/// (<c>UPDATE … WHERE version = @etag</c>, or <c>INSERT … ON CONFLICT</c> for a create), so the database itself
/// decides a race between instances and the loser sees zero rows, which becomes a <see cref="StorageConflictException"/>.
/// Documents are stored as text, not jsonb, so what is read back is byte-for-byte what was written.
/// </summary>
public sealed class PostgresStorage : IStorage, IAsyncDisposable, IDisposable
{
    private const long SchemaLockId = 0x43_72_61_6D_70_42_6F_74; // "CrampBot"

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS bot_state (
            key        text   NOT NULL PRIMARY KEY,
            document   text   NOT NULL,
            version    bigint NOT NULL,
            owner      text   NULL,
            updated_at bigint NOT NULL,
            expires_at bigint NULL
        );
        CREATE INDEX IF NOT EXISTS ix_bot_state_owner ON bot_state (owner) WHERE owner IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_bot_state_expires ON bot_state (expires_at) WHERE expires_at IS NOT NULL;
        """,
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    public PostgresStorage(string connectionString, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(WithTurnDefaults(connectionString));
        _time = timeProvider ?? TimeProvider.System;
    }

    public static int SchemaVersion => Migrations.Length;

    /// <summary>
    /// Every turn runs the same handful of statements on a pooled connection. Unless the operator set them:
    /// statements are prepared on each physical connection after a few uses (the server stops re-planning the
    /// same SQL on every turn), and a connection going back to the pool is not reset, because this store never
    /// changes session state (no SET, no temporary tables) and the reset (DISCARD ALL) was server work on every
    /// next use.
    /// </summary>
    internal static string WithTurnDefaults(string connectionString)
    {
        // Read from the raw string, so only what the operator wrote counts as set (an explicit 0 or false stays).
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 16;
        }

        if (!written.Contains("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    public async Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IDictionary<string, StoreItem> found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {StoreRows.SelectColumns} FROM bot_state WHERE key = ANY(@keys) AND (expires_at IS NULL OR expires_at > @now)",
            connection);
        command.Parameters.AddWithValue("keys", keys.Distinct().ToArray());
        command.Parameters.AddWithValue("now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await StoreRows.ReadIntoAsync(reader, found, cancellationToken);

        return found;
    }

    public async Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var now = Now();
        var keys = new string[changes.Count];
        await using var connection = await OpenAsync(cancellationToken);

        // The statements go in one round trip. One key needs no transaction (a single statement is atomic);
        // several run in one, so a conflict on any key rolls back the others and the batch is all-or-nothing.
        await using var transaction = changes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (key, item) in changes)
        {
            var command = new NpgsqlBatchCommand(SqlFor(item.ETag));
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("document", item.Json);
            command.Parameters.AddWithValue("owner", (object?)item.Owner ?? DBNull.Value);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("expires", item.TimeToLive is { } ttl ? now + (long)ttl.TotalMilliseconds : DBNull.Value);
            if (item.ETag is not null and not StorageETags.Any)
            {
                if (!long.TryParse(item.ETag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expected))
                {
                    throw StorageConflictException.ForKey(key);
                }

                command.Parameters.AddWithValue("version", expected);
            }

            keys[batch.BatchCommands.Count] = key;
            batch.BatchCommands.Add(command);
        }

        var versions = new long[keys.Length];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            var index = 0;
            do
            {
                // Zero rows: the version moved on, the item exists already, or it is gone. Leaving without a
                // commit rolls back any key of this batch already written.
                versions[index] = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : throw StorageConflictException.ForKey(keys[index]);
                index++;
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            changes[keys[i]].ETag = versions[i].ToString(CultureInfo.InvariantCulture);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM bot_state WHERE owner = @value", owner, cancellationToken);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM bot_state WHERE expires_at IS NOT NULL AND expires_at <= @value", Now(), cancellationToken);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>For containers disposed synchronously (a plain ServiceProvider in a using block).</summary>
    public void Dispose() => _dataSource.Dispose();

    private static string SqlFor(string? eTag) => eTag switch
    {
        StorageETags.Any => """
            INSERT INTO bot_state AS s (key, document, version, owner, updated_at, expires_at)
            VALUES (@key, @document, 1, @owner, @now, @expires)
            ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document, version = s.version + 1,
                owner = EXCLUDED.owner, updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at
            RETURNING version
            """,

        // Create: only if nothing live is stored (an expired row may be replaced; its version keeps counting).
        null => """
            INSERT INTO bot_state AS s (key, document, version, owner, updated_at, expires_at)
            VALUES (@key, @document, 1, @owner, @now, @expires)
            ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document, version = s.version + 1,
                owner = EXCLUDED.owner, updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at
                WHERE s.expires_at IS NOT NULL AND s.expires_at <= @now
            RETURNING version
            """,
        _ => """
            UPDATE bot_state SET document = @document, version = version + 1, owner = @owner,
                updated_at = @now, expires_at = @expires
            WHERE key = @key AND version = @version AND (expires_at IS NULL OR expires_at > @now)
            RETURNING version
            """,
    };

    private async Task<int> ExecuteAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockId}); CREATE TABLE IF NOT EXISTS crampbot_schema (version integer NOT NULL);", connection, transaction))
            {
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var read = new NpgsqlCommand("SELECT max(version) FROM crampbot_schema", connection, transaction);
            var version = await read.ExecuteScalarAsync(cancellationToken) is int v ? v : 0;
            if (version > Migrations.Length)
            {
                throw new InvalidOperationException($"The database has schema version {version}; this build knows up to {Migrations.Length}. Refusing to use a newer database.");
            }

            for (var next = version; next < Migrations.Length; next++)
            {
                await using var migrate = new NpgsqlCommand($"{Migrations[next]}\nINSERT INTO crampbot_schema (version) VALUES ({next + 1});", connection, transaction);
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
