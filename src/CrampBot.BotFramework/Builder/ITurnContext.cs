using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

public delegate Task<ResourceResponse> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);

public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);

/// <summary>Everything a bot needs for one turn: the incoming activity, a way to reply, and a per-turn bag.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>Per-turn services and cached state (conversation state, the dialog stack, ...).</summary>
    TurnContextStateCollection TurnState { get; }

    Activity Activity { get; }

    /// <summary>True once anything has been sent this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
