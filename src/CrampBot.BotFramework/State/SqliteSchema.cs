using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CrampBot.BotFramework.State;

/// <summary>
/// How a CrampBot SQLite file is opened and versioned: the table, its migrations (counted in
/// <c>PRAGMA user_version</c>) and the settings every connection gets.
/// </summary>
internal static class SqliteSchema
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

    public static int Version => Migrations.Length;

    /// <summary>
    /// Waiting for a lock only happens when another process writes the same file (the CLI's chat on the bot's file):
    /// inside one process there is a single writer and readers never wait in WAL mode.
    /// </summary>
    private const int BusyTimeoutMs = 5000;

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,

        // The store keeps its connections open for its whole life (one writer, a pool of readers), so ADO.NET's
        // pool would only keep files open after Dispose.
        Pooling = false,
    }.ToString();

    /// <summary>Opens the connection that does every write, with the settings writing depends on.</summary>
    public static SqliteConnection OpenWriter(string path, SqliteSynchronous synchronous)
    {
        var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();

        // secure_delete: a deleted or overwritten row's bytes are zeroed in the page, not left in free space, so
        // "delete my data" leaves no copy in the file (the WAL is truncated by a checkpoint after each delete).
        Execute(connection, $"""
            PRAGMA busy_timeout = {BusyTimeoutMs};
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};
            PRAGMA secure_delete = ON;
            """);
        return connection;
    }

    /// <summary>Opens a connection for reads; it never writes, so it never waits for the writer.</summary>
    public static SqliteConnection OpenReader(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA query_only = ON;");
        return connection;
    }

    /// <summary>Brings the file's schema up to <see cref="Version"/>, refusing a file from a newer build.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new InvalidOperationException($"{path} has schema version {version}; this build knows up to {Migrations.Length}. Refusing to use a newer database.");
        }

        for (var v = version; v < Migrations.Length; v++)
        {
            using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = $"{Migrations[v]}\nPRAGMA user_version = {v + 1};";
            migrate.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A command prepared once and reused for the connection's life (parameters set per call).</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}

/// <summary>
/// SQLite's <c>synchronous</c> setting for the WAL file (see the README, Settings). <see cref="Normal"/>: a commit is
/// in the WAL (in the operating system's cache) before it is acknowledged, so a killed or crashed process loses
/// nothing; a power cut or kernel panic can lose the commits since the last checkpoint, never corrupt the file.
/// <see cref="Full"/>: every commit is flushed to the disk before it is acknowledged, at the price of a flush per
/// group of writes.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
