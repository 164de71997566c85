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
        /// <summary>The database file; a relative path is resolved against the app's base directory.</summary>
        public string Path { get; set; } = "data/crampbot.db";
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
