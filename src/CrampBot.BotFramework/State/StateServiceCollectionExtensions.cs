using CrampBot.BotFramework.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> chosen by <c>Storage:Provider</c>, <see cref="ConversationState"/> (also as
    /// <see cref="IConversationStateReset"/>), <see cref="UserState"/>, and <see cref="AutoSaveStateMiddleware"/> (also
    /// as an <see cref="IMiddleware"/>, for the adapter to <c>Use</c>). Options are read when first resolved, so
    /// tests may change settings or replace <see cref="IStorage"/> (register another after this call).
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotStorageOptions>().Bind(configuration.GetSection(BotStorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<BotStorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ConversationState(
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<IOptions<BotStorageOptions>>().Value.ConversationTtl,
            timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>(), timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConversationStateReset>(sp => sp.GetRequiredService<ConversationState>());
        services.AddSingleton(sp => new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>())
        {
            Logger = sp.GetService<ILoggerFactory>()?.CreateLogger<AutoSaveStateMiddleware>() ?? (ILogger)NullLogger.Instance,
        });
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<AutoSaveStateMiddleware>());
        services.AddHostedService<StoragePurgeService>();
        return services;
    }

    /// <summary>The storage an options object describes.</summary>
    public static IStorage CreateStorage(BotStorageOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            _ when Is(options.Provider, StorageProviders.Memory) => new MemoryStorage(timeProvider),
            _ when Is(options.Provider, StorageProviders.Sqlite) => new SqliteStorage(ResolvePath(options.Sqlite.Path), timeProvider, options.Sqlite.Synchronous),
            _ when Is(options.Provider, StorageProviders.Postgres) => new PostgresStorage(
                options.Postgres.ConnectionString is { Length: > 0 } cs
                    ? cs
                    : throw new InvalidOperationException("Storage:Provider is Postgres but Storage:Postgres:ConnectionString is empty."),
                timeProvider),
            _ => throw new InvalidOperationException(
                $"Storage:Provider '{options.Provider}' is unknown; use {StorageProviders.Sqlite}, {StorageProviders.Postgres} or {StorageProviders.Memory}."),
        };
    }

    /// <summary>
    /// Where the SQLite file goes when <c>Storage:Sqlite:Path</c> is empty: <c>CrampBot/crampbot.db</c> in the user's
    /// local data folder (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows),
    /// never beside the binaries, which a rebuild or <c>dotnet clean</c> may remove. A process with no home folder
    /// (some service accounts) gets <c>data/crampbot.db</c> under the current directory.
    /// </summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(data)
                ? Path.GetFullPath(Path.Combine("data", "crampbot.db"))
                : Path.Combine(data, "CrampBot", "crampbot.db");
        }
    }

    /// <summary>The configured SQLite path made absolute: empty gives <see cref="DefaultSqlitePath"/>, relative is from the current directory.</summary>
    public static string ResolvePath(string? path) =>
        string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : Path.GetFullPath(path);

    private static bool Is(string? value, string provider) => string.Equals(value, provider, StringComparison.OrdinalIgnoreCase);
}
