using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// Per-minute fixed windows: activities posted per conversation, requests per client address, and new
/// conversations (tokens) per client address. A refusal carries how long to wait.
/// </summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _posts;
    private readonly PartitionedRateLimiter<string> _requests;
    private readonly PartitionedRateLimiter<string> _newConversations;

    public DirectLineRateLimiter(IOptions<DirectLineOptions> options)
    {
        var limits = options.Value.RateLimits;
        _posts = PerMinute(limits.PostsPerConversationPerMinute);
        _requests = PerMinute(limits.RequestsPerClientPerMinute);
        _newConversations = PerMinute(limits.NewConversationsPerClientPerMinute);
    }

    /// <summary>The client address the per-client limits are keyed by.</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public RateLimitDecision TryPost(string conversationId) => Acquire(_posts, conversationId);

    public RateLimitDecision TryRequest(HttpContext context) => Acquire(_requests, ClientKey(context));

    public RateLimitDecision TryNewConversation(HttpContext context) => Acquire(_newConversations, ClientKey(context));

    public void Dispose()
    {
        _posts.Dispose();
        _requests.Dispose();
        _newConversations.Dispose();
    }

    private static RateLimitDecision Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return RateLimitDecision.Allowed;
        }

        return new RateLimitDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60));
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

public readonly record struct RateLimitDecision(bool IsAllowed, TimeSpan? RetryAfter)
{
    public static RateLimitDecision Allowed => new(true, null);

    /// <summary>Null when allowed; otherwise the 429 to answer with.</summary>
    public IResult? Refusal => IsAllowed ? null : DirectLineResults.TooManyRequests(RetryAfter);
}
