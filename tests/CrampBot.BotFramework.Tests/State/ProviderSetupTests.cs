using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>How each database provider sets itself up: created on first use, versioned, and safe to start twice.</summary>
public sealed class ProviderSetupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Sqlite_creates_its_folder_and_file_in_wal_mode_with_a_versioned_schema()
    {
        var path = _folder.File("nested/deeper/state.db");
        var storage = new SqliteStorage(path);
        Assert.False(File.Exists(path));

        await storage.EnsureCreatedAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(path));
        Assert.Equal("wal", await ScalarAsync(path, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteStorage.SchemaVersion, await ScalarAsync(path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Sqlite_reopens_an_existing_file_without_touching_its_data()
    {
        var path = _folder.File("state.db");
        var item = new StoreItem(new JsonObject { ["kept"] = true });
        await new SqliteStorage(path).WriteAsync(new Dictionary<string, StoreItem> { ["k"] = item }, TestContext.Current.CancellationToken);
        SqliteConnection.ClearAllPools();

        var read = await new SqliteStorage(path).ReadAsync(["k"], TestContext.Current.CancellationToken);
        Assert.Equal(item.ETag, read["k"].ETag);
    }

    [Fact]
    public void A_sqlite_path_that_cannot_be_written_fails_with_the_path_and_the_setting_to_change()
    {
        // A file where the data folder should be: no folder can be made there, whoever runs the test (even root).
        File.WriteAllText(_folder.File("not-a-folder"), "x");
        var path = _folder.File(Path.Combine("not-a-folder", "state.db"));

        using var storage = new SqliteStorage(path);
        var error = Assert.Throws<InvalidOperationException>(storage.EnsureCreated);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Sqlite:Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_when_the_sqlite_file_cannot_be_written()
    {
        File.WriteAllText(_folder.File("blocked"), "x");
        var settings = new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = _folder.File(Path.Combine("blocked", "state.db")) };
        var services = new ServiceCollection().AddLogging();
        services.AddBotStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();
        var startUp = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "StoragePurgeService");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => startUp.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Storage:Sqlite:Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_refuses_a_database_from_a_newer_version()
    {
        var path = _folder.File("future.db");
        await ScalarAsync(path, "PRAGMA user_version = 99;");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteStorage(path).EnsureCreatedAsync(TestContext.Current.CancellationToken));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_instances_starting_together_create_the_table_once_and_record_the_version()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresStorage(connectionString)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => s.EnsureCreatedAsync(TestContext.Current.CancellationToken)));

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("SELECT count(*), max(version) FROM crampbot_schema", connection);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
            Assert.Equal(PostgresStorage.SchemaVersion, reader.GetInt64(0));
            Assert.Equal(PostgresStorage.SchemaVersion, reader.GetInt32(1));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Postgres_keeps_the_version_in_a_column_and_uses_it_as_the_etag()
    {
        var connectionString = await PostgresTestDatabase.CreateSchemaAsync();
        await using var storage = new PostgresStorage(connectionString);
        var item = new StoreItem(new JsonObject { ["v"] = 1 });
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = item }, TestContext.Current.CancellationToken);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["v"] = 2 }, item.ETag) }, TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT version, document FROM bot_state WHERE key = 'k'", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, reader.GetInt64(0));
        Assert.Equal("{\"v\":2}", reader.GetString(1));
    }

    [Theory]
    [InlineData("Host=db;Database=bot", 16, true)]
    [InlineData("Host=db;Database=bot;Max Auto Prepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;Database=bot;maxautoprepare=4", 4, true)]
    public void Postgres_prepares_and_skips_the_pool_reset_unless_the_connection_string_says_otherwise(string given, int prepared, bool noReset)
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresStorage.WithTurnDefaults(given));

        Assert.Equal(prepared, settings.MaxAutoPrepare);
        Assert.Equal(noReset, settings.NoResetOnClose);
        Assert.Equal("db", settings.Host);
    }
}
