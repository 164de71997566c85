using System.Collections.Concurrent;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Testing;

/// <summary>
/// An adapter for tests: runs turns in process, with the same middleware pipeline as a real adapter, and
/// queues what the bot sends so a test can read replies one by one. Its activities look like a 1:1 chat
/// on the "test" channel unless a <see cref="ConversationReference"/> says otherwise.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _nextId;

    public TestAdapter(ConversationReference? conversation = null)
    {
        Conversation = conversation ?? CreateConversation(Guid.NewGuid().ToString("N"));
    }

    /// <summary>Who talks to whom: user, bot, conversation, channel, locale.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>The locale put on activities this adapter makes; null leaves it out.</summary>
    public string? Locale { get; set; }

    /// <summary>Replies not yet read by the test.</summary>
    public int PendingReplies => _replies.Count;

    public static ConversationReference CreateConversation(string conversationId, string user = "user1", string bot = "bot", string channelId = Channels.Test) => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.localhost",
        User = new ChannelAccount(user, user, RoleTypes.User),
        Bot = new ChannelAccount(bot, bot, RoleTypes.Bot),
        Conversation = new ConversationAccount(conversationId),
    };

    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>A message from the user, addressed to the bot.</summary>
    public Activity MakeActivity(string? text = null) => new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = Locale,
    }.ApplyConversationReference(Conversation, isIncoming: true);

    /// <summary>Runs one turn with <paramref name="activity"/> (addressing filled in when missing).</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Locale ??= Locale;
        activity.Id ??= $"in-{Interlocked.Increment(ref _nextId)}";
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The oldest reply not yet read, or null.</summary>
    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <summary>Every reply not yet read, oldest first.</summary>
    public IReadOnlyList<Activity> TakeReplies()
    {
        var replies = new List<Activity>();
        while (_replies.TryDequeue(out var reply))
        {
            replies.Add(reply);
        }

        return replies;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i].Clone();
            activity.Id ??= $"out-{Interlocked.Increment(ref _nextId)}";
            activity.Timestamp ??= DateTimeOffset.UtcNow;

            // A delay is an instruction to the channel, not a reply.
            if (!activity.IsType("delay"))
            {
                _replies.Enqueue(activity);
            }

            responses[i] = new ResourceResponse(activity.Id);
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
