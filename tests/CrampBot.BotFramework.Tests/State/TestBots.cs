using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;

namespace CrampBot.BotFramework.Tests.State;

/// <summary>
/// One bot instance as a host would build it: its own storage object (its own connections), states, state
/// middleware and dialogs. Two of these on one database behave like two processes.
/// </summary>
internal sealed class IntakeHost
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<int> _count;
    private readonly Dialog _dialog = new IntakeDialog();

    public IntakeHost(IStorage storage)
    {
        ConversationState = new ConversationState(storage);
        UserState = new UserState(storage);
        Middleware = new AutoSaveStateMiddleware(ConversationState, UserState);
        _dialogState = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
        _count = ConversationState.CreateProperty<int>("count");
    }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public AutoSaveStateMiddleware Middleware { get; }

    /// <summary>The intake waterfall: name, nights per week, confirm.</summary>
    public BotCallbackHandler Intake => async (tc, ct) => await _dialog.RunAsync(tc, _dialogState, ct);

    /// <summary>Counts its turns in conversation state and says the count: a lost update shows as a repeated number.</summary>
    public BotCallbackHandler Counter => async (tc, ct) =>
    {
        var count = await _count.GetAsync(tc, ct) + 1;
        await _count.SetAsync(tc, count, ct);
        await Task.Yield();
        await tc.SendActivityAsync($"count={count}", cancellationToken: ct);
    };

    public TestAdapter AdapterFor(ConversationReference conversation) => new TestAdapter(conversation).Use(Middleware);

    private sealed class IntakeDialog : ComponentDialog
    {
        public IntakeDialog()
            : base(nameof(IntakeDialog))
        {
            AddDialog(new WaterfallDialog("steps",
            [
                async (step, ct) => await step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct),
                async (step, ct) =>
                {
                    step.Values.Set("name", step.GetResult<string>());
                    return await step.PromptAsync("nights", new PromptOptions { Prompt = MessageFactory.Text("How many nights a week?") }, ct);
                },
                async (step, ct) =>
                {
                    step.Values.Set("nights", step.GetResult<int>());
                    return await step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Shall I save that?") }, ct);
                },
                async (step, ct) =>
                {
                    var summary = $"{step.Values.Get<string>("name")}: {step.Values.Get<int>("nights")} nights, saved={step.GetResult<bool>()}";
                    await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                    return await step.EndDialogAsync(summary, ct);
                },
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt<int>("nights"));
            AddDialog(new ConfirmPrompt("confirm"));
        }
    }
}

internal static class IntakeScript
{
    /// <summary>Each user line of the intake and the reply it must get, in order.</summary>
    public static readonly (string User, string Bot)[] Lines =
    [
        ("hi", "What is your name?"),
        ("Ann", "How many nights a week?"),
        ("4", "Shall I save that?"),
        ("yes", "Ann: 4 nights, saved=True"),
    ];

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
