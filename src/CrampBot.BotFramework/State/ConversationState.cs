using System.Text.Json;
using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.State;

/// <summary>
/// State of one conversation (the dialog stack lives here), keyed <c>{channelId}/conversations/{conversationId}</c>.
/// It expires after <see cref="Ttl"/> without a write, and a one-to-one conversation is tagged with the user's key
/// so erasing a user's data takes their conversations along.
/// </summary>
public class ConversationState : BotState, IConversationStateReset
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromDays(30);

    public ConversationState(IStorage storage, TimeSpan? ttl = null, JsonSerializerOptions? jsonOptions = null, TimeProvider? timeProvider = null)
        : base(storage, nameof(ConversationState), jsonOptions, timeProvider)
    {
        Ttl = ttl ?? DefaultTtl;
    }

    /// <summary>Idle time after which the conversation's state is forgotten.</summary>
    public TimeSpan Ttl { get; }

    protected override TimeSpan? TimeToLive => Ttl;

    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    public override string GetStorageKey(ITurnContext turnContext) => KeyFor(
        Require(turnContext.Activity.ChannelId, "channelId"),
        Require(turnContext.Activity.Conversation?.Id, "conversation.id"));

    /// <summary>
    /// A one-to-one conversation belongs to its user. A group chat or channel belongs to no one member: tagging it
    /// with whoever wrote last would let one member's "delete my data" erase the group's shared dialog.
    /// </summary>
    protected override string? GetOwner(ITurnContext turnContext) =>
        turnContext.Activity.Conversation?.IsGroup != true
        && turnContext.Activity.From?.Id is { Length: > 0 } userId
        && turnContext.Activity.ChannelId is { Length: > 0 } channelId
            ? UserState.KeyFor(channelId, userId)
            : null;

    /// <summary>The turn error handler's reset: forget the conversation (above all its dialog stack).</summary>
    public Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => DeleteAsync(turnContext, cancellationToken);
}
