using System.Collections.Concurrent;
using System.Threading.Channels;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when something new arrives in this process. A signal carries
/// either nothing (new activities are in the store: read them after your watermark) or an ephemeral activity
/// (typing) that is never stored. Streams also re-read the store now and then, so an activity appended by
/// another instance is not missed either.
/// </summary>
public sealed class DirectLineNotifier
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscribers.GetOrAdd(conversationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>New activities were stored for the conversation.</summary>
    public void NotifyStored(string conversationId) => Publish(conversationId, null);

    /// <summary>An activity for live listeners only (not kept in history).</summary>
    public void PublishEphemeral(string conversationId, Activity activity) => Publish(conversationId, activity);

    private void Publish(string conversationId, Activity? activity)
    {
        if (_subscribers.TryGetValue(conversationId, out var subs))
        {
            foreach (var sub in subs.Keys)
            {
                sub.Writer.TryWrite(new Signal(activity));
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationId, out var subs))
        {
            subs.TryRemove(subscription, out _);
            if (subs.IsEmpty)
            {
                _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscription, byte>>(subscription.ConversationId, subs));
            }
        }
    }

    public readonly record struct Signal(Activity? Ephemeral);

    public sealed class Subscription : IDisposable
    {
        private readonly DirectLineNotifier _owner;
        // Bounded, dropping the oldest: a stalled socket must not hold memory; it re-reads the store anyway.
        private readonly Channel<Signal> _channel = Channel.CreateBounded<Signal>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });

        internal Subscription(DirectLineNotifier owner, string conversationId)
        {
            _owner = owner;
            ConversationId = conversationId;
        }

        public string ConversationId { get; }

        public ChannelReader<Signal> Reader => _channel.Reader;

        internal ChannelWriter<Signal> Writer => _channel.Writer;

        public void Dispose() => _owner.Remove(this);
    }
}
