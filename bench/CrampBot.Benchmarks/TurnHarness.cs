using System.Text.Json;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Benchmarks;

/// <summary>
/// The host's services without the HTTP server: the same registrations as Program (protocol, storage, the bot),
/// the adapter with its middleware from DI, and one whole intake conversation as the turns to run. What a turn
/// costs here is what it costs behind Kestrel, minus the HTTP parsing and socket work.
/// </summary>
internal sealed class TurnHarness : IDisposable
{
    /// <summary>Our own intake answers, one per turn: a whole conversation from the first message to the advice.</summary>
    public static readonly string[] Conversation =
    [
        "my legs cramp at night",
        "about four nights a week",
        "roughly a minute each time",
        "the calf",
        "no",
        "no",
    ];

    private readonly ServiceProvider _services;
    private readonly string? _folder;
    private int _conversation;

    public TurnHarness(string provider)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["Storage:Provider"] = provider,
            ["Content:DialogsFolder"] = FindDialogs(),
        };
        if (provider == StorageProviders.Sqlite)
        {
            _folder = Path.Combine(Path.GetTempPath(), "crampbot-bench", Guid.NewGuid().ToString("N"));
            settings["Storage:Sqlite:Path"] = Path.Combine(_folder, "state.db");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotFrameworkProtocol(configuration);
        services.AddBotStorage(configuration);
        CrampBot.Bot.BotServiceCollectionExtensions.AddCrampBot(services, configuration);
        _services = services.BuildServiceProvider();
        Adapter = _services.GetRequiredService<CloudAdapter>();
        Bot = _services.GetRequiredService<IBot>();
        Storage = _services.GetRequiredService<IStorage>();
    }

    public CloudAdapter Adapter { get; }

    public IBot Bot { get; }

    public IStorage Storage { get; }

    /// <summary>Runs the whole conversation on a fresh conversation id; returns how many replies came back.</summary>
    public async Task<int> RunConversationAsync()
    {
        var id = $"bench-{Interlocked.Increment(ref _conversation)}";
        var replies = 0;
        for (var turn = 0; turn < Conversation.Length; turn++)
        {
            // A fresh string per turn, as parsing a request gives: the bot's per-turn memo must not carry over.
            var text = new string(Conversation[turn].AsSpan());
            var response = await Adapter.ProcessActivityAsync(Message(id, turn, text), Bot.OnTurnAsync, CancellationToken.None);
            replies += ((ExpectedReplies)response!.Body!).Activities.Count;
        }

        return replies;
    }

    /// <summary>A user message as a channel sends it (expectReplies, so the replies come back in the result).</summary>
    public static Activity Message(string conversation, int turn, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversation}.{turn}",
        Text = text,
        Locale = "en-US",
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount("user-" + conversation, "User", RoleTypes.User),
        Recipient = new ChannelAccount("crampbot", "CrampBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(conversation),
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    /// <summary>The request body of <see cref="Message"/>, as the HTTP endpoint receives it.</summary>
    public static byte[] MessageJson(int turn) =>
        JsonSerializer.SerializeToUtf8Bytes(Message("bench-json", turn, Conversation[turn]), BotJsonContext.Default.Activity);

    public void Dispose()
    {
        _services.Dispose();
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder; removed eventually.
            }
        }
    }

    /// <summary>The repository's dialogs/ (BenchmarkDotNet runs from a generated folder, so the copy beside the binaries may be missing).</summary>
    internal static string FindDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "triage-rules.yaml")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "dialogs");
    }
}
