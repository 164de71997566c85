using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;

namespace CrampBot.BotFramework.Testing;

/// <summary>
/// Runs one dialog the way a bot would (a <see cref="TestAdapter"/>, <see cref="AutoSaveStateMiddleware"/> and
/// storage, <see cref="MemoryStorage"/> unless given) so a dialog can be tested alone:
/// <code>
/// var client = new DialogTestClient(new BookingDialog());
/// var reply = await client.SendActivityAsync("hi");
/// Assert.Equal("Where to?", reply?.Text);
/// </code>
/// Each turn's state goes through storage, so what a test sees is what survives a real turn boundary.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly object? _initialOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public DialogTestClient(Dialog dialog, object? initialOptions = null, IStorage? storage = null, TestAdapter? adapter = null, IEnumerable<IMiddleware>? middlewares = null)
    {
        _dialog = dialog ?? throw new ArgumentNullException(nameof(dialog));
        _initialOptions = initialOptions;
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        _dialogState = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
        Adapter = adapter ?? new TestAdapter();
        Adapter.Use(new AutoSaveStateMiddleware(ConversationState, UserState));
        foreach (var middleware in middlewares ?? [])
        {
            Adapter.Use(middleware);
        }
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    /// <summary>The stack's status after the last turn (Waiting while a dialog asks, Complete at the end).</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The turn logic: continue the dialog, or begin it (with the initial options) when the stack is empty.</summary>
    public BotCallbackHandler Callback => RunTurnAsync;

    /// <summary>Sends <paramref name="text"/> and returns the first reply (later ones via <see cref="GetNextReply"/>).</summary>
    public async Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default)
    {
        await Adapter.ProcessActivityAsync(Adapter.MakeActivity(text), Callback, cancellationToken);
        return GetNextReply();
    }

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await Adapter.ProcessActivityAsync(activity, Callback, cancellationToken);
        return GetNextReply();
    }

    public Activity? GetNextReply() => Adapter.GetNextReply();

    /// <summary>A <see cref="TestFlow"/> over this client's dialog.</summary>
    public TestFlow Flow() => new(Adapter, Callback);

    /// <summary>A <see cref="ChatTurn"/> for <see cref="ChatTranscriptRunner"/>.</summary>
    public ChatTurn ChatTurn => ChatTranscriptRunner.ForTestAdapter(Adapter, Callback);

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = new DialogSet(_dialogState).Add(_dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_dialog.Id, _initialOptions, cancellationToken);
        }

        DialogTurnResult = result;
    }
}
