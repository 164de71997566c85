using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// The adapter's <c>OnTurnError</c>: log the failure, forget the conversation's dialog state so the user is
/// not sent back into the step that failed, then apologise in the user's language. When the store could not be
/// reached, nothing was saved and nothing is reset: the conversation is kept, and the apology says so and asks the
/// user to try again shortly. Each step is guarded on its own: a broken channel must not stop the reset, and
/// nothing here may throw into the endpoint.
/// </summary>
public sealed class TurnErrorHandler(IServiceScopeFactory scopes, ITurnErrorReply reply, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        var storageDown = StorageOutage.IsStorageUnavailable(exception);
        if (storageDown)
        {
            Log.TurnFailedStorageUnavailable(logger, exception, activity.Type, activity.ChannelId, conversationId, activity.Id);
        }
        else
        {
            Log.TurnFailed(logger, exception, activity.Type, activity.ChannelId, conversationId, activity.Id);
        }

        // A failed invoke is a server error (503 while the store is down), not the "not implemented" an unanswered invoke would get.
        if (activity.IsType(ActivityTypes.Invoke) && !turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
        {
            turnContext.TurnState[BotAdapter.InvokeResponseKey] = new InvokeResponse(storageDown ? 503 : 500);
        }

        // The stored state is what the user had before this turn; with the store down there is nothing to reset.
        if (!storageDown)
        {
            await ResetConversationAsync(turnContext, conversationId);
        }

        try
        {
            var failure = storageDown ? TurnFailure.StorageUnavailable : TurnFailure.Bot;
            await turnContext.SendActivityAsync(reply.Create(turnContext, failure), CancellationToken.None);
        }
        catch (Exception ex)
        {
            Log.TurnErrorStepFailed(logger, ex, "send the apology", conversationId);
        }
    }

    private async Task ResetConversationAsync(ITurnContext turnContext, string? conversationId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var state in scope.ServiceProvider.GetServices<IConversationStateReset>())
            {
                await state.ResetAsync(turnContext, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            Log.TurnErrorStepFailed(logger, ex, "reset the conversation state", conversationId);
        }
    }
}
