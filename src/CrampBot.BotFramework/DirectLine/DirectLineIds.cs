using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>Conversation and user ids: random, URL-safe, and checked before they reach a store key or a URL.</summary>
public static partial class DirectLineIds
{
    /// <summary>128 random bits: unguessable, so knowing an id alone opens nothing (the token still decides).</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The <c>dl_</c> prefix marks an id that comes from the token, which Web Chat then trusts.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    public static bool IsConversationId(string? id) => id is not null && ConversationIdPattern().IsMatch(id);

    public static bool IsUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex ConversationIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
