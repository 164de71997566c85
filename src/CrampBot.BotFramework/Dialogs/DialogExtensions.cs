using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.State;

namespace CrampBot.BotFramework.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// The one call a bot makes per message: continue the active dialog, or begin <paramref name="dialog"/> when
    /// the stack is empty. State is saved by <see cref="AutoSaveStateMiddleware"/> (or the bot) at the end of the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
