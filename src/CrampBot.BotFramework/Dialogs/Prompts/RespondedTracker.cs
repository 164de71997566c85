using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The turn context handed to a validator, recording whether the validator itself sent anything. The turn's own
/// <see cref="ITurnContext.Responded"/> cannot tell (something may have been sent earlier in the turn, or in an
/// earlier run of a re-run turn), and a prompt must not repeat itself after a validator's explanation.
/// </summary>
internal sealed class RespondedTracker(ITurnContext inner) : ITurnContext
{
    public bool SentSomething { get; private set; }

    public BotAdapter Adapter => inner.Adapter;

    public TurnContextStateCollection TurnState => inner.TurnState;

    public Activity Activity => inner.Activity;

    public bool Responded => inner.Responded;

    public Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        SentSomething = true;
        return inner.SendActivityAsync(text, speak, inputHint, cancellationToken);
    }

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        SentSomething = true;
        return inner.SendActivityAsync(activity, cancellationToken);
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        SentSomething = true;
        return inner.SendActivitiesAsync(activities, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) => inner.DeleteActivityAsync(activityId, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler) => inner.OnSendActivities(handler);

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler) => inner.OnUpdateActivity(handler);

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler) => inner.OnDeleteActivity(handler);
}
