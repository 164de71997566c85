namespace CrampBot.BotFramework.Schema;

/// <summary>What a bot keeps to write into a conversation later (proactive messages).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }
}

/// <summary>The id a channel gives a sent activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The body of a deliveryMode=expectReplies response.</summary>
public sealed record ExpectedReplies(IList<Activity> Activities);

/// <summary>The protocol's error body: <c>{"error": {"code", "message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);

/// <summary>The HTTP status and body that answer an invoke activity.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
