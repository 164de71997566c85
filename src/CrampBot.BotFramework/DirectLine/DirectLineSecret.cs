using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// The Direct Line secret and the token signing key derived from it. The secret authorises server-side callers
/// (<c>tokens/generate</c>); it never goes to a browser, which only ever sees tokens.
/// </summary>
public sealed class DirectLineSecret
{
    private static readonly byte[] KeyPurpose = "CrampBot.DirectLine.TokenSigningKey.v1"u8.ToArray();
    private readonly byte[] _secret;

    private DirectLineSecret(string secret, bool generated)
    {
        _secret = Encoding.UTF8.GetBytes(secret);
        IsGenerated = generated;
        // A key of its own rather than the secret itself: a token never reveals anything usable as the secret.
        SigningKey = HMACSHA256.HashData(_secret, KeyPurpose);
    }

    /// <summary>True when no secret was configured and this one was made up at start-up.</summary>
    public bool IsGenerated { get; }

    internal byte[] SigningKey { get; }

    /// <summary>
    /// The configured secret, or else one generated on first start and kept in the bot's storage: with SQLite (the
    /// default) tokens, and so a page's saved conversation, survive a restart even on a developer's machine.
    /// </summary>
    public static DirectLineSecret Create(string? configured, IStorage storage, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DirectLineSecret(configured.Trim(), generated: false);
        }

        string secret;
        try
        {
            secret = LoadOrCreateGenerated(storage);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not keep a generated Direct Line secret in storage; this one lasts until the app stops.");
            secret = NewSecret();
        }

        logger.LogWarning(
            "No DirectLine:Secret configured: using a random secret generated on first start and kept in the bot's " +
            "storage (local use only). Set DirectLine:Secret for a deployed bot.");
        return new DirectLineSecret(secret, generated: true);
    }

    // Start-up code, before the app serves anything: blocking on storage here is harmless and keeps DI simple.
    private static string LoadOrCreateGenerated(IStorage storage)
    {
        const string key = "directline/generated-secret";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var found = storage.ReadAsync([key]).GetAwaiter().GetResult();
            if (found.TryGetValue(key, out var item) && item.Document["secret"]?.GetValue<string>() is { Length: >= 32 } kept)
            {
                return kept;
            }

            var fresh = NewSecret();
            try
            {
                // ETag null = create only: when instances start together, one secret wins and all read it.
                storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["secret"] = fresh }) }).GetAwaiter().GetResult();
                return fresh;
            }
            catch (StorageConflictException)
            {
                // Another instance stored one first: read it on the next pass.
            }
        }

        throw new InvalidOperationException("The generated Direct Line secret kept changing in storage.");
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Constant-time comparison, so response timing says nothing about the secret.</summary>
    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);
}
