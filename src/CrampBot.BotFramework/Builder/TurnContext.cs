using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

/// <summary>The default <see cref="ITurnContext"/>: fills in addressing, runs the send hooks, then asks the adapter.</summary>
public sealed class TurnContext : ITurnContext, IDisposable
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text, speak, inputHint), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.FirstOrDefault();
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a =>
        {
            // The bot never sets id; the channel assigns it (activity spec A2031).
            a.ApplyConversationReference(reference);
            a.Type ??= ActivityTypes.Message;
            a.Locale ??= Activity.Locale;
            return a;
        }).ToList();

        if (outgoing.Count == 0)
        {
            return [];
        }

        var responses = await RunHooksAsync(_onSend, 0, outgoing, () => Adapter.SendActivitiesAsync(this, [.. outgoing], cancellationToken));

        // A trace activity is for tooling, not the user; it does not count as responding.
        if (outgoing.Any(a => !a.IsType(ActivityTypes.Trace)))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(0, activity, () => Adapter.UpdateActivityAsync(this, activity, cancellationToken));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return RunDeleteHooksAsync(0, reference, () => Adapter.DeleteActivityAsync(this, reference, cancellationToken));
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler);
        return this;
    }

    public void Dispose() => TurnState.Dispose();

    private Task<ResourceResponse[]> RunHooksAsync(List<SendActivitiesHandler> hooks, int index, List<Activity> activities, Func<Task<ResourceResponse[]>> last) =>
        index == hooks.Count ? last() : hooks[index](this, activities, () => RunHooksAsync(hooks, index + 1, activities, last));

    private Task<ResourceResponse> RunUpdateHooksAsync(int index, Activity activity, Func<Task<ResourceResponse>> last) =>
        index == _onUpdate.Count ? last() : _onUpdate[index](this, activity, () => RunUpdateHooksAsync(index + 1, activity, last));

    private Task RunDeleteHooksAsync(int index, ConversationReference reference, Func<Task> last) =>
        index == _onDelete.Count ? last() : _onDelete[index](this, reference, () => RunDeleteHooksAsync(index + 1, reference, last));
}
