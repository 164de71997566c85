using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using CrampBot.BotFramework.Tests.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private sealed record Profile(string Name, string Language, List<string> Tags);

    private enum Severity
    {
        Mild,
        Severe,
    }

    private sealed record Note(Severity Severity, DateTimeOffset At);

    private static async Task RunTurnAsync(TestAdapter adapter, BotCallbackHandler logic, string text = "hi", string type = ActivityTypes.Message)
    {
        var activity = adapter.MakeActivity(text);
        activity.Type = type;
        await adapter.ProcessActivityAsync(activity, logic, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Keys_follow_the_bot_framework_layout()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("conv-1", user: "u-7", channelId: "msteams"));
        string? conversationKey = null, userKey = null;
        await RunTurnAsync(adapter, (tc, _) =>
        {
            conversationKey = conversation.GetStorageKey(tc);
            userKey = user.GetStorageKey(tc);
            return Task.CompletedTask;
        });

        Assert.Equal("msteams/conversations/conv-1", conversationKey);
        Assert.Equal("msteams/users/u-7", userKey);
    }

    [Fact]
    public async Task A_typed_record_round_trips_as_plain_json_without_type_names()
    {
        var storage = new MemoryStorage();
        var user = new UserState(storage);
        var profile = user.CreateProperty<Profile>("profile");
        var note = user.CreateProperty<Note>("note");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(user));
        var at = new DateTimeOffset(2026, 3, 1, 2, 30, 0, TimeSpan.Zero);

        await RunTurnAsync(adapter, async (tc, ct) =>
        {
            await profile.SetAsync(tc, new Profile("李雷", "zh-Hans", ["night"]), ct);
            await note.SetAsync(tc, new Note(Severity.Severe, at), ct);
        });

        var stored = (await storage.ReadAsync([$"test/users/{adapter.Conversation.User!.Id}"], TestContext.Current.CancellationToken)).Single().Value.Document;
        var json = stored.ToJsonString();
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.Equal("Severe", stored["note"]!["severity"]!.GetValue<string>());
        Assert.Equal("李雷", stored["profile"]!["name"]!.GetValue<string>());

        Profile? readProfile = null;
        Note? readNote = null;
        await RunTurnAsync(adapter, async (tc, ct) =>
        {
            readProfile = await profile.GetAsync(tc, ct);
            readNote = await note.GetAsync(tc, ct);
        });
        Assert.Equal("李雷", readProfile!.Name);
        Assert.Equal(["night"], readProfile.Tags);
        Assert.Equal(new Note(Severity.Severe, at), readNote);
    }

    [Fact]
    public async Task A_default_is_stored_and_mutations_of_the_value_persist()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var tags = conversation.CreateProperty<List<string>>("tags");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));

        await RunTurnAsync(adapter, async (tc, ct) => (await tags.GetAsync(tc, () => [], ct)).Add("one"));
        await RunTurnAsync(adapter, async (tc, ct) => (await tags.GetAsync(tc, () => [], ct)).Add("two"));

        List<string>? seen = null;
        await RunTurnAsync(adapter, async (tc, ct) => seen = await tags.GetAsync(tc, ct));
        Assert.Equal(["one", "two"], seen);
    }

    [Fact]
    public async Task State_is_read_once_per_turn_and_written_only_when_it_changed()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var conversation = new ConversationState(storage);
        var count = conversation.CreateProperty<int>("count");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));

        await RunTurnAsync(adapter, async (tc, ct) =>
        {
            await count.GetAsync(tc, ct);
            await count.SetAsync(tc, 1, ct);
            await count.GetAsync(tc, ct);
        });
        Assert.Equal((1, 1), (storage.Reads, storage.Writes));

        // Read but unchanged: no write.
        await RunTurnAsync(adapter, async (tc, ct) => await count.GetAsync(tc, ct));
        Assert.Equal((2, 1), (storage.Reads, storage.Writes));

        // Set to the same value: still no write.
        await RunTurnAsync(adapter, async (tc, ct) => await count.SetAsync(tc, 1, ct));
        Assert.Equal(1, storage.Writes);

        // Never touched: neither read nor written.
        await RunTurnAsync(adapter, (_, _) => Task.CompletedTask);
        Assert.Equal((3, 1), (storage.Reads, storage.Writes));
    }

    [Fact]
    public async Task A_property_not_read_this_turn_is_written_back_exactly_as_stored()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var conversation = new ConversationState(storage);
        var count = conversation.CreateProperty<int>("count");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));
        var key = $"test/conversations/{adapter.Conversation.Conversation!.Id}";
        // Written by another version of the bot: a spelling this one would not produce (2.50, spaces, escapes).
        const string other = """{ "score": 2.50, "name": "\u674E\u96F7", "seen": [ 1, 2 ] }""";
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(System.Text.Json.Nodes.JsonNode.Parse($$"""{"other":{{other}},"count":1}""")!.AsObject()) }, TestContext.Current.CancellationToken);
        var writes = storage.Writes;

        // Read, unchanged: nothing written.
        await RunTurnAsync(adapter, async (tc, ct) => Assert.Equal(1, await count.GetAsync(tc, ct)));
        Assert.Equal(writes, storage.Writes);

        await RunTurnAsync(adapter, async (tc, ct) => await count.SetAsync(tc, 2, ct));
        var stored = (await storage.ReadAsync([key], TestContext.Current.CancellationToken))[key];

        Assert.Equal(writes + 1, storage.Writes);
        Assert.Equal(2, stored.Document["count"]!.GetValue<int>());
        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(other)!.ToJsonString(), stored.Document["other"]!.ToJsonString());
        Assert.Contains("2.50", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_property_and_clearing_state_persist()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var a = conversation.CreateProperty<string>("a");
        var b = conversation.CreateProperty<string>("b");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));

        await RunTurnAsync(adapter, async (tc, ct) =>
        {
            await a.SetAsync(tc, "x", ct);
            await b.SetAsync(tc, "y", ct);
        });
        await RunTurnAsync(adapter, async (tc, ct) => await a.DeleteAsync(tc, ct));
        (string? A, string? B) seen = default;
        await RunTurnAsync(adapter, async (tc, ct) => seen = (await a.GetAsync(tc, ct), await b.GetAsync(tc, ct)));
        Assert.Equal((null, "y"), seen);

        await RunTurnAsync(adapter, async (tc, ct) => await conversation.ClearStateAsync(tc, ct));
        await RunTurnAsync(adapter, async (tc, ct) => seen = (await a.GetAsync(tc, ct), await b.GetAsync(tc, ct)));
        Assert.Equal((null, null), seen);
    }

    [Fact]
    public async Task Idle_conversation_state_expires_but_user_state_stays()
    {
        var clock = new ManualTimeProvider();
        var storage = new MemoryStorage(clock);
        var conversation = new ConversationState(storage, TimeSpan.FromDays(30));
        var user = new UserState(storage);
        var step = conversation.CreateProperty<int>("step");
        var language = user.CreateProperty<string>("language");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation, user));

        await RunTurnAsync(adapter, async (tc, ct) =>
        {
            await step.SetAsync(tc, 3, ct);
            await language.SetAsync(tc, "zh-Hans", ct);
        });
        clock.Advance(TimeSpan.FromDays(31));

        (int Step, string? Language) seen = default;
        await RunTurnAsync(adapter, async (tc, ct) => seen = (await step.GetAsync(tc, ct), await language.GetAsync(tc, ct)));
        Assert.Equal((0, "zh-Hans"), seen);
    }

    [Fact]
    public async Task A_conversation_in_use_does_not_expire_even_when_its_state_does_not_change()
    {
        var clock = new ManualTimeProvider();
        var storage = new CountingStorage(new MemoryStorage(clock));
        var conversation = new ConversationState(storage, TimeSpan.FromDays(30), timeProvider: clock);
        var language = conversation.CreateProperty<string>("language");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));
        await RunTurnAsync(adapter, async (tc, ct) => await language.SetAsync(tc, "zh-Hans", ct));

        // A read-only turn every 10 days: the first ones write nothing; one renews the item before half its life is left.
        string? seen = null;
        for (var day = 10; day <= 90; day += 10)
        {
            clock.Advance(TimeSpan.FromDays(10));
            await RunTurnAsync(adapter, async (tc, ct) => seen = await language.GetAsync(tc, ct));
            Assert.Equal("zh-Hans", seen);
        }

        Assert.InRange(storage.Writes, 1 + 4, 1 + 6);

        // Left alone for longer than the time to live, it expires.
        clock.Advance(TimeSpan.FromDays(31));
        await RunTurnAsync(adapter, async (tc, ct) => seen = await language.GetAsync(tc, ct));
        Assert.Null(seen);
    }

    [Fact]
    public async Task Delete_user_data_removes_the_user_and_all_their_conversations_only()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var note = conversation.CreateProperty<string>("note");
        var name = user.CreateProperty<string>("name");
        var middleware = new AutoSaveStateMiddleware(conversation, user);
        var first = new TestAdapter(TestAdapter.CreateConversation("c1", user: "ann")).Use(middleware);
        var second = new TestAdapter(TestAdapter.CreateConversation("c2", user: "ann")).Use(middleware);
        var other = new TestAdapter(TestAdapter.CreateConversation("c3", user: "bob")).Use(middleware);
        BotCallbackHandler remember = async (tc, ct) =>
        {
            await note.SetAsync(tc, "cramp at 3am", ct);
            await name.SetAsync(tc, tc.Activity.From!.Id!, ct);
        };
        await RunTurnAsync(first, remember);
        await RunTurnAsync(second, remember);
        await RunTurnAsync(other, remember);

        await RunTurnAsync(first, (_, _) => Task.CompletedTask, text: "", type: ActivityTypes.DeleteUserData);

        var keys = new[] { "test/conversations/c1", "test/conversations/c2", "test/users/ann", "test/conversations/c3", "test/users/bob" };
        var left = await storage.ReadAsync(keys, TestContext.Current.CancellationToken);
        Assert.Equal(["test/conversations/c3", "test/users/bob"], left.Keys.Order());
    }

    [Fact]
    public async Task Delete_user_data_leaves_a_group_conversation_to_the_other_members()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var note = conversation.CreateProperty<string>("note");
        var middleware = new AutoSaveStateMiddleware(conversation, user);
        var reference = TestAdapter.CreateConversation("team-chat", user: "ann");
        reference.Conversation!.IsGroup = true;
        var group = new TestAdapter(reference).Use(middleware);
        await RunTurnAsync(group, async (tc, ct) => await note.SetAsync(tc, "shared dialog", ct));

        await RunTurnAsync(group, (_, _) => Task.CompletedTask, text: "", type: ActivityTypes.DeleteUserData);

        var left = await storage.ReadAsync(["test/conversations/team-chat"], TestContext.Current.CancellationToken);
        Assert.Single(left);
    }

    [Fact]
    public async Task The_reset_hook_forgets_the_conversation()
    {
        var storage = new MemoryStorage();
        var conversation = new ConversationState(storage);
        var note = conversation.CreateProperty<string>("note");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversation));
        await RunTurnAsync(adapter, async (tc, ct) => await note.SetAsync(tc, "x", ct));

        IConversationStateReset reset = conversation;
        await RunTurnAsync(adapter, (tc, ct) => reset.ResetAsync(tc, ct));
        string? seen = "not read";
        await RunTurnAsync(adapter, async (tc, ct) => seen = await note.GetAsync(tc, ct));
        Assert.Null(seen);
    }

    /// <summary>Counts calls, to prove state is read once and written only when changed.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default) => inner.DeleteByOwnerAsync(owner, cancellationToken);

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => inner.PurgeExpiredAsync(cancellationToken);
    }
}
