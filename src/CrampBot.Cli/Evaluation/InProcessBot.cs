using CrampBot.Bot;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// The bot in this process, composed as the web host composes it (AddCrampBotConversation: the same dialogs,
/// rules and understanding), with state saved at the end of every turn. Memory storage unless a SQLite file is
/// given. Each <see cref="Open"/> is a new conversation over a test adapter.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private InProcessBot(ServiceProvider provider) => _provider = provider;

    public BotTexts Texts => _provider.GetRequiredService<BotTexts>();

    /// <param name="sqlitePath">A SQLite file for state; null: memory.</param>
    /// <param name="configure">Runs after the bot's own registrations (tests put a scripted bot in).</param>
    public static InProcessBot Create(string? sqlitePath = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        if (sqlitePath is not null)
        {
            services.AddSingleton(StateServiceCollectionExtensions.CreateStorage(new BotStorageOptions
            {
                Provider = StorageProviders.Sqlite,
                Sqlite = { Path = Path.GetFullPath(sqlitePath) },
            }));
        }

        services.AddCrampBotConversation(new ConfigurationBuilder().AddEnvironmentVariables("CRAMPBOT_").Build());
        configure?.Invoke(services);
        return new InProcessBot(services.BuildServiceProvider());
    }

    /// <summary>A new conversation between <paramref name="user"/> and the bot; replies come back per turn.</summary>
    public ChatTurn Open(string conversationId, string user, string locale = "en-US")
    {
        var bot = _provider.GetRequiredService<IBot>();
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, user, "crampbot", "cli")) { Locale = locale };
        adapter.Use(new AutoSaveStateMiddleware(_provider.GetRequiredService<ConversationState>(), _provider.GetRequiredService<UserState>()));
        return ChatTranscriptRunner.ForTestAdapter(adapter, bot);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
