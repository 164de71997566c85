using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.Dialogs;

public sealed class DialogStackTests
{
    private sealed record Answer(string Text, int Depth);

    /// <summary>Records how dialogs leave the stack.</summary>
    private sealed class EndLog : List<string>;

    private sealed class LoggingWaterfall(string id, EndLog log, params WaterfallStep[] steps) : WaterfallDialog(id, steps)
    {
        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    private static (TestAdapter Adapter, BotCallbackHandler Turn, List<DialogTurnResult> Results, IStatePropertyAccessor<DialogState> Stack) Host(DialogSet dialogs, IStatePropertyAccessor<DialogState> stack, ConversationState state, Func<DialogContext, CancellationToken, Task<DialogTurnResult>> onEmpty)
    {
        var results = new List<DialogTurnResult>();
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(state));
        BotCallbackHandler turn = async (tc, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(tc, ct);
            var result = await dc.ContinueDialogAsync(ct);
            results.Add(result.Status == DialogTurnStatus.Empty ? await onEmpty(dc, ct) : result);
        };
        return (adapter, turn, results, stack);
    }

    [Fact]
    public async Task Continue_on_an_empty_stack_is_empty_and_cancel_too()
    {
        var state = new ConversationState(new MemoryStorage());
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("stack"));
        DialogTurnResult? continued = null, cancelled = null;
        await new TestAdapter().ProcessActivityAsync(new TestAdapter().MakeActivity("hi"), async (tc, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(tc, ct);
            continued = await dc.ContinueDialogAsync(ct);
            cancelled = await dc.CancelAllDialogsAsync(ct);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Empty, continued!.Status);
        Assert.Equal(DialogTurnStatus.Empty, cancelled!.Status);
    }

    [Fact]
    public void A_duplicate_dialog_id_is_refused()
    {
        var set = new DialogSet().Add(new TextPrompt("ask"));
        Assert.Throws<InvalidOperationException>(() => set.Add(new TextPrompt("ask")));
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_fails_clearly()
    {
        var state = new ConversationState(new MemoryStorage());
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("stack"));
        var adapter = new TestAdapter();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (tc, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(tc, ct);
            await dc.BeginDialogAsync("nope", null, ct);
        }, TestContext.Current.CancellationToken));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_result_flows_to_the_parent_step_and_the_stack_shrinks()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("stack");
        var dialogs = new DialogSet(accessor);
        var depths = new List<int>();
        dialogs.Add(new WaterfallDialog("parent",
        [
            async (step, ct) => await step.BeginDialogAsync("child", new Answer("seed", 0), ct),
            async (step, ct) =>
            {
                depths.Add(step.Stack.Count);
                var answer = step.GetResult<Answer>()!;
                return await step.EndDialogAsync(answer with { Text = answer.Text + "!" }, ct);
            },
        ]));
        dialogs.Add(new WaterfallDialog("child",
        [
            async (step, ct) =>
            {
                depths.Add(step.Stack.Count);
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Say something") }, ct);
            },
            async (step, ct) => await step.EndDialogAsync(new Answer(step.GetResult<string>()!, step.Stack.Count), ct),
        ]));
        dialogs.Add(new TextPrompt("text"));
        var (adapter, turn, results, _) = Host(dialogs, accessor, state, (dc, ct) => dc.BeginDialogAsync("parent", null, ct));

        await new TestFlow(adapter, turn).Send("go").AssertReply("Say something").Send("hello").StartTestAsync();

        Assert.Equal([2, 1], depths);
        Assert.Equal(DialogTurnStatus.Complete, results[^1].Status);
        Assert.Equal(new Answer("hello!", 2), results[^1].GetResult<Answer>());
    }

    [Fact]
    public async Task Replace_loops_without_growing_the_stack()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("stack");
        var dialogs = new DialogSet(accessor);
        var log = new EndLog();
        var stackSizes = new List<int>();
        dialogs.Add(new LoggingWaterfall("pick", log,
            async (step, ct) =>
            {
                var picked = step.GetOptions<List<string>>() ?? [];
                step.Values.Set("picked", picked);
                stackSizes.Add(step.Stack.Count);
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Pick ({picked.Count} so far)") }, ct);
            },
            async (step, ct) =>
            {
                var picked = step.Values.Get<List<string>>("picked")!;
                if (step.GetResult<string>() == "done")
                {
                    return await step.EndDialogAsync(picked, ct);
                }

                picked.Add(step.GetResult<string>()!);
                return await step.ReplaceDialogAsync("pick", picked, ct);
            }));
        dialogs.Add(new TextPrompt("text"));
        var (adapter, turn, results, _) = Host(dialogs, accessor, state, (dc, ct) => dc.BeginDialogAsync("pick", null, ct));

        await new TestFlow(adapter, turn)
            .Send("start").AssertReply("Pick (0 so far)")
            .Send("calf").AssertReply("Pick (1 so far)")
            .Send("foot").AssertReply("Pick (2 so far)")
            .Send("done").AssertNoReply()
            .StartTestAsync();

        Assert.All(stackSizes, size => Assert.Equal(1, size));
        Assert.Equal(["calf", "foot"], results[^1].GetResult<List<string>>());
        Assert.Equal(["pick:ReplaceCalled", "pick:ReplaceCalled", "pick:EndCalled"], log);
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_ends_nested_dialogs_innermost_first()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("stack");
        var log = new EndLog();
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new LoggingWaterfall("inner-steps", log, async (step, ct) => await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Inner question") }, ct)));
        inner.AddDialog(new TextPrompt("text"));
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new LoggingWaterfall("outer-steps", log, async (step, ct) => await step.BeginDialogAsync("inner", null, ct)));
        outer.AddDialog(inner);
        var dialogs = new DialogSet(accessor).Add(outer);
        var (adapter, turn, results, _) = Host(dialogs, accessor, state, async (dc, ct) =>
            dc.Context.Activity.Text == "cancel" ? await dc.CancelAllDialogsAsync(ct) : await dc.BeginDialogAsync("outer", null, ct));

        await new TestFlow(adapter, turn).Send("go").AssertReply("Inner question").StartTestAsync();

        // "cancel" through a custom turn: cancel before continuing.
        BotCallbackHandler cancelTurn = async (tc, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(tc, ct);
            results.Add(await dc.CancelAllDialogsAsync(ct));
        };
        await adapter.ProcessActivityAsync(adapter.MakeActivity("cancel"), cancelTurn, TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Cancelled, results[^1].Status);
        Assert.Equal(["inner-steps:CancelCalled", "outer-steps:CancelCalled"], log);
        DialogState? after = null;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("peek"), async (tc, ct) => after = await accessor.GetAsync(tc, ct), TestContext.Current.CancellationToken);
        Assert.Empty(after!.DialogStack);
    }

    [Fact]
    public async Task Nested_components_keep_their_own_stacks_across_turns_and_return_results_upward()
    {
        var level2 = new ComponentDialog("level2");
        level2.AddDialog(new WaterfallDialog("l2",
        [
            async (step, ct) => await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("How many?") }, ct),
            async (step, ct) => await step.EndDialogAsync(step.GetResult<int>() * 10, ct),
        ]));
        level2.AddDialog(new NumberPrompt<int>("number"));

        var level1 = new ComponentDialog("level1");
        level1.AddDialog(new WaterfallDialog("l1",
        [
            async (step, ct) => await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Name?") }, ct),
            async (step, ct) =>
            {
                step.Values.Set("name", step.GetResult<string>());
                return await step.BeginDialogAsync("level2", null, ct);
            },
            async (step, ct) => await step.EndDialogAsync($"{step.Values.Get<string>("name")}={step.GetResult<int>()}", ct),
        ]));
        level1.AddDialog(new TextPrompt("text"));
        level1.AddDialog(level2);

        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("r",
        [
            async (step, ct) => await step.BeginDialogAsync("level1", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"root got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(level1);

        var client = new DialogTestClient(root);
        await client.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ann").AssertReply("How many?")
            .Send("4").AssertReply("root got Ann=40")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("Ann=40", client.DialogTurnResult.GetResult<string>());
    }

    [Fact]
    public void A_live_child_stack_is_stored_in_place_of_its_stale_json_and_reads_back_the_same()
    {
        var instance = new DialogInstance { Id = "outer" };
        instance.State["before"] = 1;
        instance.State["dialogs"] = JsonNode.Parse("""{"dialogStack":[{"id":"stale","state":{}}]}""");
        instance.State["after"] = true;
        instance.ChildStack = new DialogState { DialogStack = [new DialogInstance { Id = "inner", State = new JsonObject { ["stepIndex"] = 2 } }] };

        var json = JsonSerializer.Serialize(instance, StateJson.Options);

        // The shape the default contract wrote, entries in their order, with the live stack where the stale one was.
        Assert.Equal("""{"id":"outer","state":{"before":1,"dialogs":{"dialogStack":[{"id":"inner","state":{"stepIndex":2}}]},"after":true}}""", json);
        var back = JsonSerializer.Deserialize<DialogInstance>(json, StateJson.Options)!;
        Assert.Equal("outer", back.Id);
        // Read straight back into a live stack, not into JSON nodes a component would convert again.
        var inner = Assert.Single(back.ChildStack!.DialogStack);
        Assert.Equal("inner", inner.Id);
        Assert.Equal(2, inner.State["stepIndex"]!.GetValue<int>());
        Assert.Equal(["before", "dialogs", "after"], back.State.Select(p => p.Key));
        Assert.Equal(json, JsonSerializer.Serialize(back, StateJson.Options));
    }

    [Fact]
    public void A_state_entry_named_dialogs_that_is_not_a_stack_object_stays_json()
    {
        const string json = """{"id":"custom","state":{"dialogs":["a","b"],"stepIndex":1}}""";

        var back = JsonSerializer.Deserialize<DialogInstance>(json, StateJson.Options)!;

        Assert.Null(back.ChildStack);
        Assert.Equal(["a", "b"], back.State.Get<string[]>("dialogs")!);
        Assert.Equal(json, JsonSerializer.Serialize(back, StateJson.Options));
    }

    [Fact]
    public void A_child_stack_begun_this_turn_is_stored_after_the_other_entries()
    {
        var instance = new DialogInstance { Id = "outer", State = new JsonObject { ["x"] = "y" }, ChildStack = new DialogState() };

        Assert.Equal("""{"id":"outer","state":{"x":"y","dialogs":{"dialogStack":[]}}}""", JsonSerializer.Serialize(instance, StateJson.Options));
    }
    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"dialogStack":null}""")]
    [InlineData("""{"somethingElse":[1,2],"dialogStack":[]}""")]
    [InlineData("""{"dialogStack":[null]}""")]
    public void A_stored_state_without_a_stack_reads_as_an_empty_stack(string json)
    {
        var state = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!;

        Assert.Empty(state.DialogStack);
        Assert.Equal("""{"dialogStack":[]}""", JsonSerializer.Serialize(state, StateJson.Options));
    }

    [Fact]
    public void A_stack_written_under_other_names_reads_back_and_is_written_under_the_options_names()
    {
        // Names are matched without regard to case (the web defaults the state options start from).
        const string json = """{"DialogStack":[{"ID":"outer","State":{"dialogs":{"DIALOGSTACK":[{"id":"inner","state":{"stepIndex":1}}]}}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(json, StateJson.Options)!;

        var outer = Assert.Single(state.DialogStack);
        Assert.Equal("outer", outer.Id);
        Assert.Equal("inner", Assert.Single(outer.ChildStack!.DialogStack).Id);
        Assert.Equal(
            """{"dialogStack":[{"id":"outer","state":{"dialogs":{"dialogStack":[{"id":"inner","state":{"stepIndex":1}}]}}}]}""",
            JsonSerializer.Serialize(state, StateJson.Options));

        // Options without a naming policy write the members' own names.
        var pascal = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        Assert.Equal(
            """{"DialogStack":[{"Id":"outer","State":{"dialogs":{"DialogStack":[{"Id":"inner","State":{"stepIndex":1}}]}}}]}""",
            JsonSerializer.Serialize(state, pascal));
    }

    [Fact]
    public void A_stack_that_is_not_an_array_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DialogState>("""{"dialogStack":{"id":"x"}}""", StateJson.Options));
    }
}
