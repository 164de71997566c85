using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Holds back what the bot sends during a turn until the turn's state is saved. If the save loses an ETag race
/// the turn is re-run and the held replies are dropped, so the user sees each reply once, from the run that won.
/// </summary>
internal sealed class ReplyBuffer
{
    private readonly List<Func<Task<ResourceResponse[]>>> _held = [];
    private bool _buffering = true;

    public ReplyBuffer(ITurnContext turnContext)
    {
        turnContext.OnSendActivities(OnSendAsync);
    }

    /// <summary>Sends every held reply in order; later sends go straight through.</summary>
    public async Task FlushAsync()
    {
        _buffering = false;
        foreach (var send in _held)
        {
            await send();
        }

        _held.Clear();
    }

    /// <summary>Drops the held replies (their run's state was not saved).</summary>
    public void Discard() => _held.Clear();

    /// <summary>Stops holding: used after a failure, so the error handler's apology reaches the user.</summary>
    public void PassThrough()
    {
        _held.Clear();
        _buffering = false;
    }

    private Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        // Typing indicators and traces are not replies: holding them back would only make the bot look idle.
        if (!_buffering || activities.All(a => a.IsType(ActivityTypes.Typing) || a.IsType(ActivityTypes.Trace)))
        {
            return next();
        }

        // `next` sends this very list later; the channel assigns ids then, so the bot gets none now.
        _held.Add(next);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }
}
