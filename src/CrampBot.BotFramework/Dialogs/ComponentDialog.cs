using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs: it owns a <see cref="DialogSet"/> and runs its own stack, kept inside its
/// instance state under <c>"dialogs"</c> (read once a turn, then kept live until the state is saved). Subclasses add children in the constructor and may override
/// <see cref="OnContinueDialogAsync"/> to look at every message before the active child does (interruptions:
/// help, cancel, a safety scan).
/// </summary>
public class ComponentDialog : Dialog
{
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The children. A child context's parent is the context this component runs in.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>The child started on begin; the first dialog added unless set.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var result = await RunInnerAsync(dc, dc.ActiveDialog!, inner => OnBeginDialogAsync(inner, options, cancellationToken));
        return await AfterInnerAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var result = await RunInnerAsync(dc, dc.ActiveDialog!, inner => OnContinueDialogAsync(inner, cancellationToken));
        return await AfterInnerAsync(dc, result, cancellationToken);
    }

    /// <summary>
    /// Only reached if the component itself pushed a dialog on the outer stack, which is unusual: ask again and wait.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        await RunInnerAsync(turnContext, null, instance, async inner =>
        {
            await inner.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        });
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            // Let the children run their own end hooks.
            await RunInnerAsync(turnContext, null, instance, inner => inner.CancelAllDialogsAsync(cancellationToken));
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Starts the initial child. Override to prepare something first.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{this} has no dialogs."), options, cancellationToken);

    /// <summary>
    /// Hands the message to the active child. Override to handle a message first (interruptions); return
    /// <c>innerDc.CancelAllDialogsAsync()</c> to end the component, or <see cref="Dialog.EndOfTurn"/> to wait.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Ends the component with the inner stack's result. Override to shape the result first.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> AfterInnerAsync(DialogContext outerDc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status == DialogTurnStatus.Waiting ? EndOfTurn : await EndComponentAsync(outerDc, inner.Result, cancellationToken);

    private Task<DialogTurnResult> RunInnerAsync(DialogContext outerDc, DialogInstance instance, Func<DialogContext, Task<DialogTurnResult>> run) =>
        RunInnerAsync(outerDc.Context, outerDc, instance, run);

    /// <summary>
    /// Runs <paramref name="run"/> on the child stack of <paramref name="instance"/>. The stack is read from the
    /// instance's JSON the first time this turn and then stays a live object on the instance, which writes it
    /// when the state is saved: converting it back to JSON after every call cost a copy of the whole child stack,
    /// prompts and their cards included, at every level of nesting on every turn.
    /// </summary>
    private Task<DialogTurnResult> RunInnerAsync(ITurnContext turnContext, DialogContext? outerDc, DialogInstance instance, Func<DialogContext, Task<DialogTurnResult>> run)
    {
        var state = instance.ChildStack ??= instance.State.Get<DialogState>(DialogInstance.ChildStackKey) ?? new DialogState();
        return run(new DialogContext(Dialogs, turnContext, state) { Parent = outerDc });
    }
}
