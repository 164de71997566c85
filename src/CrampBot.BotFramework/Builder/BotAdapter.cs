using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

/// <summary>
/// Connects a bot to a channel: runs the middleware pipeline and the bot for each incoming activity, and
/// carries the bot's outgoing activities to the channel. Subclasses decide how activities travel.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>Key under which the adapter puts the turn's <see cref="InvokeResponse"/> in TurnState.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called with any exception the pipeline or the bot throws; when null the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs a turn outside any incoming request (a proactive message) on a stored conversation.</summary>
    public virtual Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }.ApplyConversationReference(reference, isIncoming: true);
        using var context = new TurnContext(this, activity);
        return RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>Middleware first, then the bot; an exception goes to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex);
        }
    }
}
