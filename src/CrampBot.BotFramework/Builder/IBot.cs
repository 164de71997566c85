namespace CrampBot.BotFramework.Builder;

/// <summary>A bot: one method that handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>The logic an adapter runs at the end of the middleware pipeline.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Calls the next middleware (or the bot).</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn; not calling <c>next</c> short-circuits it.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
