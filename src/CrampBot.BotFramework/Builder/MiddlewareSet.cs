namespace CrampBot.BotFramework.Builder;

/// <summary>Runs middleware in order, each around the rest of the pipeline, and the bot last.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        ReceiveActivityWithStatusAsync(turnContext, (_, ct) => next(ct), cancellationToken);

    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        RunAsync(0, turnContext, callback, cancellationToken);

    private Task RunAsync(int index, ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (turnContext.Activity is null)
        {
            throw new InvalidOperationException("The turn has no activity.");
        }

        if (index == _middleware.Count)
        {
            return callback?.Invoke(turnContext, cancellationToken) ?? Task.CompletedTask;
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(index + 1, turnContext, callback, ct), cancellationToken);
    }
}
