using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

public sealed class StorageRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotStorage(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Sqlite_is_the_default_with_a_file_in_the_users_data_folder_not_beside_the_binaries()
    {
        using var provider = Build([]);
        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());
        Assert.Equal(StateServiceCollectionExtensions.DefaultSqlitePath, storage.Path);
        Assert.False(storage.Path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal), "a rebuild or dotnet clean would take the data with it");
        Assert.EndsWith(Path.Combine("CrampBot", "crampbot.db"), storage.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_sqlite_path_is_taken_from_the_current_directory()
    {
        using var provider = Build(new() { ["Storage:Sqlite:Path"] = Path.Combine("state", "bot.db") });
        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "state", "bot.db"), storage.Path);
    }

    [Fact]
    public void An_absolute_sqlite_path_is_kept()
    {
        using var folder = new TempFolder();
        using var provider = Build(new() { ["Storage:Sqlite:Path"] = folder.File("x.db") });
        Assert.Equal(folder.File("x.db"), Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>()).Path);
    }

    [Theory]
    [InlineData("Memory", typeof(MemoryStorage))]
    [InlineData("memory", typeof(MemoryStorage))]
    [InlineData("Postgres", typeof(PostgresStorage))]
    public void The_provider_setting_chooses_the_storage(string provider, Type expected)
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody",
        });
        Assert.IsType(expected, services.GetRequiredService<IStorage>());
    }

    [Theory]
    [InlineData("Redis", "Storage:Provider 'Redis' is unknown")]
    [InlineData("Postgres", "Storage:Postgres:ConnectionString is empty")]
    public void A_bad_setting_fails_with_a_clear_message(string provider, string message)
    {
        using var services = Build(new() { ["Storage:Provider"] = provider });
        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IStorage>());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_reset_hook_middleware_and_purge_service_are_registered()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Memory", ["Storage:ConversationTtl"] = "2.00:00:00" });
        var conversation = services.GetRequiredService<ConversationState>();
        Assert.Equal(TimeSpan.FromDays(2), conversation.Ttl);
        Assert.Same(conversation, services.GetRequiredService<IConversationStateReset>());
        Assert.Same(services.GetRequiredService<IStorage>(), services.GetRequiredService<UserState>().Storage);
        Assert.Same(services.GetRequiredService<AutoSaveStateMiddleware>(), Assert.Single(services.GetServices<IMiddleware>()));
        Assert.Contains(services.GetServices<IHostedService>(), s => s.GetType().Name == "StoragePurgeService");
    }

    [Fact]
    public void A_test_can_replace_the_storage_by_registering_its_own()
    {
        var mine = new MemoryStorage();
        using var services = Build([], s => s.AddSingleton<IStorage>(mine));
        Assert.Same(mine, services.GetRequiredService<ConversationState>().Storage);
    }
}
