using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Storage in one SQLite file: the default, so a restart loses nothing. The file and its folder are created on
/// first use, the database runs in WAL mode (readers never block the writer), and the schema is versioned with
/// <c>PRAGMA user_version</c> so later versions can migrate it. Writes run in an IMMEDIATE transaction, which
/// takes SQLite's single write lock up front: the ETag check and the write cannot interleave with another
/// writer, in this process or another one on the same file.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    /// <summary>Each entry upgrades the schema by one version; never edit a shipped entry, add a new one.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE bot_state (
            key        TEXT    NOT NULL PRIMARY KEY,
            document   TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            owner      TEXT    NULL,
            updated_at INTEGER NOT NULL,
            expires_at INTEGER NULL
        );
        CREATE INDEX ix_bot_state_owner ON bot_state (owner) WHERE owner IS NOT NULL;
        CREATE INDEX ix_bot_state_expires ON bot_state (expires_at) WHERE expires_at IS NOT NULL;
        """,
    ];

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    static SqliteStorage()
    {
        // Microsoft.Data.Sqlite.Core needs the native library chosen once; the bundle brings its own e_sqlite3.
        SQLitePCL.Batteries_V2.Init();
    }

    public SqliteStorage(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version this code creates and expects.</summary>
    public static int SchemaVersion => Migrations.Length;

    public async Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IDictionary<string, StoreItem> found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = keys.Distinct().Select((key, i) =>
        {
            command.Parameters.AddWithValue($"@k{i}", key);
            return $"@k{i}";
        }).ToList();
        command.CommandText = $"SELECT {StoreRows.SelectColumns} FROM bot_state WHERE key IN ({string.Join(", ", names)}) AND (expires_at IS NULL OR expires_at > @now)";
        command.Parameters.AddWithValue("@now", Now());
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
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (key, item) in changes)
        {
            var (version, live) = await CurrentAsync(connection, transaction, key, now, cancellationToken);
            if (!StorageETags.Allows(item.ETag, live ? version.ToString(CultureInfo.InvariantCulture) : null))
            {
                throw StorageConflictException.ForKey(key);
            }

            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO bot_state (key, document, version, owner, updated_at, expires_at)
                VALUES (@key, @document, @version, @owner, @now, @expires)
                ON CONFLICT (key) DO UPDATE SET document = excluded.document, version = excluded.version,
                    owner = excluded.owner, updated_at = excluded.updated_at, expires_at = excluded.expires_at
                """;
            upsert.Parameters.AddWithValue("@key", key);
            upsert.Parameters.AddWithValue("@document", item.Document.ToJsonString());
            upsert.Parameters.AddWithValue("@version", version + 1);
            upsert.Parameters.AddWithValue("@owner", (object?)item.Owner ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@now", now);
            upsert.Parameters.AddWithValue("@expires", item.TimeToLive is { } ttl ? now + (long)ttl.TotalMilliseconds : DBNull.Value);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            newETags[key] = (version + 1).ToString(CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var (key, item) in changes)
        {
            item.ETag = newETags[key];
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM bot_state WHERE key = @key";
            command.Parameters.AddWithValue("@key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM bot_state WHERE owner = @value", owner, cancellationToken);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM bot_state WHERE expires_at IS NOT NULL AND expires_at <= @value", Now(), cancellationToken);

    /// <summary>Creates the file and schema now rather than on first use (start-up fails fast on a bad path).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(long Version, bool Live)> CurrentAsync(SqliteConnection connection, SqliteTransaction transaction, string key, long now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, expires_at FROM bot_state WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (0, false);
        }

        // An expired row counts as absent, but its version keeps counting up so an old ETag never matches again.
        return (reader.GetInt64(0), reader.IsDBNull(1) || reader.GetInt64(1) > now);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
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

            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;";
                await setup.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = "PRAGMA user_version;";
            var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (version > Migrations.Length)
            {
                throw new InvalidOperationException($"{Path} has schema version {version}; this build knows up to {Migrations.Length}. Refusing to use a newer database.");
            }

            for (var v = version; v < Migrations.Length; v++)
            {
                await using var migrate = connection.CreateCommand();
                migrate.Transaction = transaction;
                migrate.CommandText = $"{Migrations[v]}\nPRAGMA user_version = {v + 1};";
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
