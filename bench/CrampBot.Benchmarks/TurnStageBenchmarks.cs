using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;

namespace CrampBot.Benchmarks;

/// <summary>
/// Where a turn's CPU goes, stage by stage, per turn: reading the request body into an activity, writing the
/// replies back (expectReplies), a state load and save on each store, and the whole turn through the adapter (the
/// middleware, the state, the dialogs, understanding and the rules) on memory and on SQLite. The whole turn minus
/// the state and serialisation stages is the bot's own logic (IntentBenchmarks and UnderstandingBenchmarks take
/// that apart). This machine is noisy: compare figures of one run, and the ratios between them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TurnStageBenchmarks
{
    private static readonly ActivityLimits Limits = new();

    private byte[][] _requests = [];
    private byte[] _expectedReplies = [];
    private ExpectedReplies _replies = null!;
    private TurnHarness _memory = null!;
    private TurnHarness _sqlite = null!;
    private JsonObject _dialogState = null!;

    [GlobalSetup]
    public void Setup()
    {
        _requests = [.. Enumerable.Range(0, TurnHarness.Conversation.Length).Select(TurnHarness.MessageJson)];
        _memory = new TurnHarness(StorageProviders.Memory);
        _sqlite = new TurnHarness(StorageProviders.Sqlite);

        // Real replies and a real dialog state, taken from one run of the conversation.
        var id = "bench-capture";
        InvokeResponse? response = null;
        for (var turn = 0; turn < 3; turn++)
        {
            response = _memory.Adapter.ProcessActivityAsync(TurnHarness.Message(id, turn, TurnHarness.Conversation[turn]), _memory.Bot.OnTurnAsync).GetAwaiter().GetResult();
        }

        _replies = (ExpectedReplies)response!.Body!;
        _expectedReplies = JsonSerializer.SerializeToUtf8Bytes(_replies, BotJsonContext.Wire.ExpectedReplies);
        var key = ConversationState.KeyFor("directline", id);
        _dialogState = _memory.Storage.ReadAsync([key]).GetAwaiter().GetResult()[key].Document;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _memory.Dispose();
        _sqlite.Dispose();
    }

    /// <summary>Stage: the request body (6 typical messages) parsed and checked against the default limits, as the endpoint does.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int Parse()
    {
        var n = 0;
        foreach (var body in _requests)
        {
            n += ActivityRequestReader.Parse(body, Limits).Activity!.Text!.Length;
        }

        return n;
    }

    /// <summary>Stage: the expectReplies response body written (a turn's replies, suggested actions included).</summary>
    [Benchmark]
    public int SerialiseReplies() => WireJson.SerializeToUtf8Bytes(_replies).Length;

    /// <summary>The same body through the generated serializer's metadata path, which the endpoint used before WireJson.</summary>
    [Benchmark]
    public int SerialiseRepliesGenerated() => JsonSerializer.SerializeToUtf8Bytes(_replies, BotJsonContext.Wire.ExpectedReplies).Length;

    /// <summary>For scale: the same body read back, what a client does.</summary>
    [Benchmark]
    public int DeserialiseReplies() => JsonSerializer.Deserialize(_expectedReplies, BotJsonContext.Wire.ExpectedReplies)!.Activities.Count;

    /// <summary>Stage: one conversation state read and written back changed (the ETag-checked save), on memory.</summary>
    [Benchmark]
    public Task StateLoadSaveMemory() => LoadSaveAsync(_memory.Storage);

    /// <summary>Stage: the same on SQLite (a read on a pooled connection, a write through the writer queue and its commit).</summary>
    [Benchmark]
    public Task StateLoadSaveSqlite() => LoadSaveAsync(_sqlite.Storage);

    /// <summary>Everything but HTTP, per turn: a whole intake conversation (6 turns) on memory state.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public Task<int> WholeTurnMemory() => _memory.RunConversationAsync();

    /// <summary>The same on the default SQLite state.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public Task<int> WholeTurnSqlite() => _sqlite.RunConversationAsync();

    private int _stateTurn;

    private async Task LoadSaveAsync(IStorage storage)
    {
        var conversation = Interlocked.Increment(ref _stateTurn) % 64;
        var key = ConversationState.KeyFor("bench", "state-" + conversation);
        var found = await storage.ReadAsync([key]);
        var document = found.TryGetValue(key, out var item) ? item.Document : (JsonObject)_dialogState.DeepClone();
        document["turn"] = _stateTurn;

        // Owned by its user, as every one-to-one conversation's state is (ConversationState.GetOwner).
        var save = new StoreItem(document, item?.ETag) { TimeToLive = TimeSpan.FromDays(30), Owner = UserState.KeyFor("bench", "user-" + conversation) };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = save });
    }
}
