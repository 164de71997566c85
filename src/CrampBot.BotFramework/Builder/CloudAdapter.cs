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

    private readonly IConnectorClientFactory _connectors;
    private readonly Dictionary<string, IInProcessChannel> _inProcess;

    public CloudAdapter(IConnectorClientFactory connectors, IEnumerable<IInProcessChannel> inProcessChannels)
    {
        _connectors = connectors;
        _inProcess = inProcessChannels.ToDictionary(c => c.ServiceUrl, StringComparer.OrdinalIgnoreCase);
    }

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

        await RunPipelineAsync(context, callback, cancellationToken);

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

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (turnContext.TurnState.TryGetValue(BufferedRepliesKey, out var buffer) && buffer is List<Activity> replies)
            {
                replies.Add(activity);
                responses[i] = new ResourceResponse(null);
                continue;
            }

            var client = ClientFor(activity.ServiceUrl);
            responses[i] = activity.ReplyToId is { Length: > 0 }
                ? await client.ReplyToActivityAsync(activity, cancellationToken)
                : await client.SendToConversationAsync(activity, cancellationToken);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        ClientFor(activity.ServiceUrl).UpdateActivityAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        ClientFor(reference.ServiceUrl).DeleteActivityAsync(reference.Conversation?.Id ?? string.Empty, reference.ActivityId ?? string.Empty, cancellationToken);

    private IConversationsClient ClientFor(string? serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            throw new InvalidOperationException("The activity has no serviceUrl to send to.");
        }

        return _inProcess.TryGetValue(serviceUrl, out var channel) ? channel : _connectors.Create(serviceUrl);
    }
}
