using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.Dialogs;

public sealed class WaterfallTests
{
    private sealed record Booking(string Where, int Nights);

    [Fact]
    public async Task Steps_run_in_order_and_each_gets_the_previous_result()
    {
        var waterfall = new WaterfallDialog("main",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step 1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step 2 got {step.GetResult<string>()}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) => await step.EndDialogAsync($"done with {step.Result}", ct),
        ]);
        var client = new DialogTestClient(waterfall);

        await client.Flow()
            .Send("hi").AssertReply("step 1")
            .Send("apples").AssertReply("step 2 got apples")
            .Send("pears").AssertNoReply()
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done with pears"), client.DialogTurnResult);
    }

    [Fact]
    public async Task Past_the_last_step_the_dialog_ends_with_the_last_result()
    {
        var client = new DialogTestClient(new WaterfallDialog("main", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]));
        await client.SendActivityAsync("first", TestContext.Current.CancellationToken);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);

        await client.SendActivityAsync("second", TestContext.Current.CancellationToken);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("second", client.DialogTurnResult.GetResult<string>());
    }

    [Fact]
    public async Task NextAsync_skips_a_question_already_answered()
    {
        var asked = new List<string>();
        var waterfall = new WaterfallDialog("main",
        [
            async (step, ct) =>
            {
                var known = step.GetOptions<Booking>();
                if (known?.Where is { } where)
                {
                    return await step.NextAsync(where, ct);
                }

                asked.Add("where");
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where?") }, ct);
            },
            async (step, ct) =>
            {
                step.Values.Set("where", step.GetResult<string>());
                asked.Add("nights");
                return await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("How many nights?") }, ct);
            },
            async (step, ct) => await step.EndDialogAsync(new Booking(step.Values.Get<string>("where")!, step.GetResult<int>()), ct),
        ]);
        var component = new ComponentDialog("booking");
        component.AddDialog(waterfall).AddDialog(new TextPrompt("text")).AddDialog(new NumberPrompt<int>("number"));
        var client = new DialogTestClient(component, initialOptions: new Booking("Paris", 0));

        await client.Flow().Send("book").AssertReply("How many nights?").Send("3").StartTestAsync();

        Assert.Equal(["nights"], asked);
        Assert.Equal(new Booking("Paris", 3), client.DialogTurnResult!.GetResult<Booking>());
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_is_an_error()
    {
        var waterfall = new WaterfallDialog("main",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(waterfall);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("go", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Options_and_values_survive_storage_between_turns()
    {
        var storage = new MemoryStorage();
        Booking? seenOptions = null;
        var waterfall = new WaterfallDialog("main",
        [
            async (step, ct) =>
            {
                step.Values.Set("asked", new List<string> { "where" });
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where?") }, ct);
            },
            async (step, ct) =>
            {
                seenOptions = step.GetOptions<Booking>();
                var asked = step.Values.Get<List<string>>("asked")!;
                return await step.EndDialogAsync($"{step.Result} after {string.Join(",", asked)}", ct);
            },
        ]);
        var component = new ComponentDialog("c").AddDialog(waterfall).AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(component, new Booking("Rome", 2), storage);
        await client.SendActivityAsync("start", TestContext.Current.CancellationToken);

        // Nothing of the dialog stays in memory between turns: the stack is JSON in storage.
        var stored = (await storage.ReadAsync([$"test/conversations/{client.Adapter.Conversation.Conversation!.Id}"], TestContext.Current.CancellationToken)).Single().Value.Document.ToJsonString();
        Assert.Contains("\"where\":\"Rome\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", stored, StringComparison.Ordinal);

        await client.SendActivityAsync("Milan", TestContext.Current.CancellationToken);
        Assert.Equal(new Booking("Rome", 2), seenOptions);
        Assert.Equal("Milan after where", client.DialogTurnResult!.GetResult<string>());
    }

    [Fact]
    public async Task Activities_other_than_messages_do_not_move_the_waterfall()
    {
        var waterfall = new WaterfallDialog("main",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("first", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) => await step.EndDialogAsync(step.Result, ct),
        ]);
        var client = new DialogTestClient(waterfall);
        await client.SendActivityAsync("hi", TestContext.Current.CancellationToken);
        await client.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, TestContext.Current.CancellationToken);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);

        await client.SendActivityAsync("answer", TestContext.Current.CancellationToken);
        Assert.Equal("answer", client.DialogTurnResult.GetResult<string>());
    }
}
