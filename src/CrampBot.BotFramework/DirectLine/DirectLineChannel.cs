using CrampBot.BotFramework.Connector;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// The in-process end of the Direct Line channel: the adapter hands it every activity the bot sends to a Direct
/// Line conversation, and it appends them to the conversation's transcript, where clients read them.
/// </summary>
public sealed class DirectLineChannel : IInProcessChannel
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineNotifier _notifier;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineChannel(IDirectLineStore store, DirectLineNotifier notifier, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _store = store;
        _notifier = notifier;
        _options = options.Value;
        _time = time;
    }

    public string ServiceUrl => _options.ServiceUrl;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        AppendFromBotAsync(activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        AppendFromBotAsync(activity, cancellationToken);

    // Web Chat has no way to show an edit or a deletion through Direct Line 3.0, so neither is offered.
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line does not support updating an activity.");

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line does not support deleting an activity.");

    private async Task<ResourceResponse> AppendFromBotAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("A Direct Line activity needs conversation.id.");
        }

        var outgoing = activity.Clone();
        outgoing.ChannelId = Channels.DirectLine;
        outgoing.Conversation = new ConversationAccount(conversationId);
        outgoing.From = new ChannelAccount(activity.From?.Id ?? _options.BotId, activity.From?.Name ?? _options.BotName, RoleTypes.Bot);
        outgoing.ServiceUrl = null; // internal routing detail; clients have no use for it
        outgoing.CallerId = null;

        if (outgoing.IsType(ActivityTypes.Typing))
        {
            // Typing is live-only: streamed to open sockets, never kept in history.
            outgoing.Id = conversationId + "|typing-" + Guid.NewGuid().ToString("N")[..12];
            outgoing.Timestamp = _time.GetUtcNow();
            _notifier.PublishEphemeral(conversationId, outgoing);
            return new ResourceResponse(outgoing.Id);
        }

        var stored = await _store.AppendAsync(conversationId, outgoing, cancellationToken);
        _notifier.NotifyStored(conversationId);
        return new ResourceResponse(stored.Id);
    }
}
