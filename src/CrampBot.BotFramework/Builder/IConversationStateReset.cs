namespace CrampBot.BotFramework.Builder;

/// <summary>
/// Something that keeps per-conversation state (the dialog stack above all) and can forget it. The turn error
/// handler calls every registered one, so a user is never trapped in a loop of the same failing step.
/// </summary>
public interface IConversationStateReset
{
    Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
