namespace CrampBot.BotFramework.State;

/// <summary>The <c>Storage</c> section of appsettings.json.</summary>
public sealed class BotStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default), <c>Postgres</c> or <c>Memory</c> (tests only: lost on restart).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Idle time after which a conversation's state is forgotten.</summary>
    public TimeSpan ConversationTtl { get; set; } = ConversationState.DefaultTtl;

    /// <summary>How often expired items are physically removed.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public SqliteSection Sqlite { get; set; } = new();

    public PostgresSection Postgres { get; set; } = new();

    public sealed class SqliteSection
    {
        /// <summary>
        /// The database file. Empty: <see cref="StateServiceCollectionExtensions.DefaultSqlitePath"/>, the user's data
        /// folder, where neither a rebuild nor <c>dotnet clean</c> reaches. A relative path is taken from the current
        /// directory, as a path typed on a command line would be.
        /// </summary>
        public string? Path { get; set; }

        /// <summary><c>Normal</c> (default: a killed process loses nothing, a power cut may lose the last moments) or <c>Full</c>.</summary>
        public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;
    }

    public sealed class PostgresSection
    {
        public string? ConnectionString { get; set; }
    }
}

public static class StorageProviders
{
    public const string Memory = "Memory";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
