using System.Security.Cryptography;
using System.Text;
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

    public static DirectLineSecret Create(string? configured, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DirectLineSecret(configured.Trim(), generated: false);
        }

        logger.LogWarning(
            "No DirectLine:Secret configured: using a random secret generated at start-up (local use only; " +
            "Direct Line tokens will not survive a restart). Set DirectLine:Secret for a deployed bot.");
        return new DirectLineSecret(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), generated: true);
    }

    /// <summary>Constant-time comparison, so response timing says nothing about the secret.</summary>
    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);
}
