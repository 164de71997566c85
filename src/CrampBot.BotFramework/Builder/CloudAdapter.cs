using CrampBot.BotFramework.Connector;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

/// <summary>
/// The adapter for real channels. Given an activity that has already been authenticated and parsed, it runs
/// the pipeline and the bot, and routes what the bot sends: into the HTTP response for
/// <c>deliveryMode: expectReplies</c>, to an in-process channel (Direct Line), or to the channel's connector.
/// </summary>
public class CloudAdapter : BotAdapter
{
    private const string BufferedRepliesKey = "CloudAdapter.BufferedReplies";
    private const string OutgoingBudgetKey = "CloudAdapter.OutgoingBudget";

    private readonly IConnectorClientFactory _connectors;
    private readonly Lazy<Dictionary<string, IInProcessChannel>> _inProcess;

    public CloudAdapter(IConnectorClientFactory connectors, IEnumerable<IInProcessChannel> inProcessChannels)
    {
        _connectors = connectors ?? throw new ArgumentNullException(nameof(connectors));
        ArgumentNullException.ThrowIfNull(inProcessChannels);

        // Enumerated on first use, not here: an in-process channel may itself depend on this adapter.
        _inProcess = new(() => inProcessChannels.ToDictionary(c => c.ServiceUrl, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when <paramref name="serviceUrl"/> belongs to a channel hosted in this process. Such activities only
    /// ever arrive through that channel's own endpoint; one claiming it from outside would have the bot's replies
    /// delivered into that channel's conversations.
    /// </summary>
    public bool IsInProcessChannel(string? serviceUrl) => serviceUrl is not null && _inProcess.Value.ContainsKey(serviceUrl);

    /// <summary>
    /// The time one turn may spend sending (the channel waits 15 s for its POST to be answered). Sends after it
    /// ran out fail with <see cref="TimeoutException"/>. Null: no limit beyond the caller's cancellation.
    /// </summary>
    public TimeSpan? OutgoingTurnBudget { get; set; }

    /// <summary>
    /// Runs one turn. Returns the invoke response for an invoke, the buffered replies for expectReplies, and null
    /// otherwise (the replies travelled through the connector).
    /// </summary>
    public virtual async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var context = new TurnContext(this, activity);
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (expectReplies)
        {
            context.TurnState[BufferedRepliesKey] = new List<Activity>();
        }

        await RunWithBudgetAsync(context, callback, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return context.TurnState.TryGetValue(InvokeResponseKey, out var value) && value is InvokeResponse invoke
                ? invoke
                : new InvokeResponse(501);
        }

        return expectReplies
            ? new InvokeResponse(200, new ExpectedReplies((List<Activity>)context.TurnState[BufferedRepliesKey]))
            : null;
    }

    /// <summary>
    /// A proactive turn on a stored conversation. The reference's serviceUrl must be trusted: seen in an
    /// authenticated activity or on the configured host list (see <see cref="TrustedServiceUrls"/>).
    /// </summary>
    public override async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }.ApplyConversationReference(reference, isIncoming: true);
        using var context = new TurnContext(this, activity);
        await RunWithBudgetAsync(context, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                // An invokeResponse activity is the answer to the channel's POST, not a message to post.
                turnContext.TurnState[InvokeResponseKey] = activity.Value is { } body ? new InvokeResponse(StatusOf(body), body["body"]) : new InvokeResponse(200);
                responses[i] = new ResourceResponse(null);
                continue;
            }

            if (turnContext.TurnState.TryGetValue(BufferedRepliesKey, out var buffer) && buffer is List<Activity> replies)
            {
                replies.Add(activity);
                responses[i] = new ResourceResponse(null);
                continue;
            }

            // Trace activities are for developer tools; only the Emulator shows them.
            if (activity.IsType(ActivityTypes.Trace) && activity.ChannelId != Channels.Emulator)
            {
                responses[i] = new ResourceResponse(null);
                continue;
            }

            responses[i] = await WithinBudgetAsync(turnContext, cancellationToken, ct =>
            {
                var client = ClientFor(activity.ServiceUrl);
                return activity.ReplyToId is { Length: > 0 }
                    ? client.ReplyToActivityAsync(activity, ct)
                    : client.SendToConversationAsync(activity, ct);
            });
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return WithinBudgetAsync(turnContext, cancellationToken, ct => ClientFor(activity.ServiceUrl).UpdateActivityAsync(activity, ct));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return WithinBudgetAsync(turnContext, cancellationToken, async ct =>
        {
            await ClientFor(reference.ServiceUrl).DeleteActivityAsync(reference.Conversation?.Id ?? string.Empty, reference.ActivityId ?? string.Empty, ct);
            return new ResourceResponse(reference.ActivityId);
        });
    }

    private static int StatusOf(System.Text.Json.Nodes.JsonNode body) =>
        body is System.Text.Json.Nodes.JsonObject o && o["status"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<int>(out var status) ? status : 200;

    private async Task RunWithBudgetAsync(TurnContext context, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var budget = OutgoingTurnBudget is { } limit ? new CancellationTokenSource(limit) : null;
        if (budget is not null)
        {
            context.TurnState[OutgoingBudgetKey] = budget;
        }

        try
        {
            await RunPipelineAsync(context, callback, cancellationToken);
        }
        finally
        {
            // The source is disposed with the turn; nothing may find it in TurnState afterwards.
            context.TurnState.Remove(OutgoingBudgetKey);
        }
    }

    private static async Task<T> WithinBudgetAsync<T>(ITurnContext turnContext, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> send)
    {
        if (!turnContext.TurnState.TryGetValue(OutgoingBudgetKey, out var value) || value is not CancellationTokenSource budget)
        {
            return await send(cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await send(linked.Token);
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The turn's outgoing time budget ran out.", ex);
        }
    }

    private IConversationsClient ClientFor(string? serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            throw new InvalidOperationException("The activity has no serviceUrl to send to.");
        }

        return _inProcess.Value.TryGetValue(serviceUrl, out var channel) ? channel : _connectors.Create(serviceUrl);
    }
}
