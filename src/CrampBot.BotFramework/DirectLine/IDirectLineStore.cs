using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// A started Direct Line conversation. Activities are numbered 1, 2, 3…; <see cref="LastSequence"/> is the newest,
/// <see cref="FirstSequence"/> the oldest still kept (older ones fall off past the per-conversation cap).
/// </summary>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale, DateTimeOffset CreatedAt, long FirstSequence, long LastSequence);

/// <summary>Activities after a watermark, and the watermark that follows them.</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long Watermark);

/// <summary>
/// Where Direct Line keeps each conversation's transcript, which is what clients read (and re-read after a page
/// reload or a restart). Appending assigns the activity its id and timestamp: the order of the transcript is the
/// order of the conversation.
/// </summary>
public interface IDirectLineStore
{
    Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records a new conversation; false when one with this id already exists.</summary>
    Task<bool> TryCreateAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a copy of <paramref name="activity"/> with the next sequence number, the id
    /// <c>{conversationId}|{sequence:D7}</c> and the current time, and returns that copy.
    /// </summary>
    /// <exception cref="DirectLineConversationNotFoundException">The conversation does not exist (or expired).</exception>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities after <paramref name="watermark"/>; null when the conversation does not exist.</summary>
    Task<ActivityPage?> ReadAfterAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken);
}

public sealed class DirectLineConversationNotFoundException : Exception
{
    public DirectLineConversationNotFoundException()
        : base("The Direct Line conversation does not exist or has expired.")
    {
    }

    public DirectLineConversationNotFoundException(string message)
        : base(message)
    {
    }

    public DirectLineConversationNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
