using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// The conversation operations of a channel (the Bot Connector REST API's <c>v3/conversations</c> routes),
/// whether the channel is remote (HTTP) or hosted in this process (Direct Line).
/// </summary>
public interface IConversationsClient
{
    /// <summary>Posts a new activity to <c>activity.Conversation</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Posts <paramref name="activity"/> as a reply to <c>activity.ReplyToId</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}

/// <summary>
/// A channel that lives inside this process, such as the built-in Direct Line endpoint. Activities whose
/// serviceUrl equals <see cref="ServiceUrl"/> are handed to it directly instead of going out over HTTP: one
/// pipeline, not a second bot.
/// </summary>
public interface IInProcessChannel : IConversationsClient
{
    string ServiceUrl { get; }
}

/// <summary>Creates clients for a remote channel's connector service at a serviceUrl.</summary>
public interface IConnectorClientFactory
{
    /// <summary>
    /// A client for <paramref name="serviceUrl"/>. Implementations refuse a serviceUrl that did not arrive in an
    /// authenticated activity, so the bot never posts to an address an attacker chose.
    /// </summary>
    IConversationsClient Create(string serviceUrl);
}
