using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>The bot failed (or took too long) on a turn a client started; Direct Line answers 502.</summary>
public sealed class BotTurnFailedException : Exception
{
    public BotTurnFailedException()
    {
    }

    public BotTurnFailedException(string message)
        : base(message)
    {
    }

    public BotTurnFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// What Direct Line does with a conversation: start it (and tell the bot, which welcomes the user), and take a
/// client's activity (store it, which is the echo Web Chat waits for, then run the bot's turn). The turn goes
/// through the same <see cref="CloudAdapter"/> and <see cref="IBot"/> as <c>/api/messages</c>; the bot's replies
/// come back through <see cref="DirectLineChannel"/>.
/// </summary>
public sealed class DirectLineConversationService
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineNotifier _notifier;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineConversationService> _logger;

    public DirectLineConversationService(
        IDirectLineStore store,
        DirectLineNotifier notifier,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        ILogger<DirectLineConversationService> logger)
    {
        _store = store;
        _notifier = notifier;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Starts the conversation unless it already exists. Returns whether it was created by this call; only then
    /// does the bot get the one conversationUpdate (bot and user added together, so exactly one welcome).
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, IServiceProvider services, CancellationToken cancellationToken)
    {
        locale = ClientActivity.IsLocale(locale) ? locale : null;
        if (!await _store.TryCreateAsync(conversationId, userId, locale, cancellationToken))
        {
            return false;
        }

        _logger.LogInformation("Direct Line conversation {ConversationId} started", LogText.FromString(conversationId));
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversationId + "|start",
            Timestamp = _time.GetUtcNow(),
            ChannelId = Channels.DirectLine,
            ServiceUrl = _options.ServiceUrl,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(userId, role: RoleTypes.User),
            Recipient = Bot,
            MembersAdded = [Bot, new ChannelAccount(userId, role: RoleTypes.User)],
            Locale = locale,
        };

        // Not stored: Direct Line never shows conversationUpdate to clients.
        await RunTurnAsync(update, services);
        return true;
    }

    /// <summary>Stores the client's activity (the echo), runs the bot's turn, and returns the stored echo.</summary>
    public async Task<Activity> PostAsync(DirectLineConversation conversation, Activity posted, IServiceProvider services, CancellationToken cancellationToken)
    {
        var activity = ClientActivity.Normalize(posted, conversation, _options);
        if (activity.IsType(ActivityTypes.Typing))
        {
            activity.Id = conversation.Id + "|typing-" + Guid.NewGuid().ToString("N")[..12];
            activity.Timestamp = _time.GetUtcNow();
            var live = activity.Clone();
            live.ServiceUrl = null; // as for stored activities: an internal routing detail
            _notifier.PublishEphemeral(conversation.Id, live);
        }
        else
        {
            activity.ServiceUrl = null; // an internal routing detail: not part of what clients read
            activity = await _store.AppendAsync(conversation.Id, activity, cancellationToken);
            activity.ServiceUrl = _options.ServiceUrl; // the stored copy is what clients see; the bot needs it back
            _notifier.NotifyStored(conversation.Id);
        }

        await RunTurnAsync(activity, services);
        return activity;
    }

    private ChannelAccount Bot => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    private async Task RunTurnAsync(Activity activity, IServiceProvider services)
    {
        var adapter = services.GetRequiredService<CloudAdapter>();
        var bot = services.GetRequiredService<IBot>();
        // The client may go away mid-turn; the turn still finishes (half a turn would leave state inconsistent),
        // bounded by the turn timeout rather than by the request.
        using var timeout = new CancellationTokenSource(_options.TurnTimeout, _time);
        try
        {
            await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || timeout.IsCancellationRequested)
        {
            _logger.LogError(ex, "The bot failed on a {ActivityType} turn of Direct Line conversation {ConversationId}", LogText.FromString(activity.Type), LogText.FromString(activity.Conversation?.Id));
            throw new BotTurnFailedException("The bot failed to process the activity.", ex);
        }
    }
}
