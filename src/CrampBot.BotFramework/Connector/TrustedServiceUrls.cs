using System.Collections.Concurrent;
using System.Net;
using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// The service URLs the bot may send to. The bot attaches its own token to connector calls, so an address an
/// attacker chose would receive it: a serviceUrl is trusted only when it arrived in an authenticated activity
/// (its JWT's <c>serviceurl</c> claim matched), is on the configured host list, or, in anonymous mode, is loopback.
/// </summary>
public sealed class TrustedServiceUrls
{
    // Authenticated service URLs are few (one per channel region); the cap only guards against surprises.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, byte> _authenticated = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _hostPatterns;
    private readonly bool _anonymous;

    public TrustedServiceUrls(IOptions<ConnectorOptions> connector, IOptions<BotAuthenticationOptions> authentication)
    {
        _anonymous = !authentication.Value.IsAuthenticationEnabled;

        // Anonymous mode is for this machine: other hosts only when an operator lists them explicitly.
        _hostPatterns = [.. connector.Value.TrustedHosts ?? (_anonymous ? [] : ConnectorOptions.AzureBotServiceHosts)];
    }

    /// <summary>Remembers the serviceUrl of an activity whose token was valid and named this very URL.</summary>
    public void AddAuthenticated(string serviceUrl)
    {
        if (_authenticated.Count < MaxRemembered)
        {
            _authenticated.TryAdd(serviceUrl, 0);
        }
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        if (_authenticated.ContainsKey(serviceUrl!))
        {
            return true;
        }

        if (_anonymous && IsLoopback(uri))
        {
            return true;
        }

        // Host patterns never admit plain http: the bot's token would cross the network in clear text.
        return uri.Scheme == Uri.UriSchemeHttps && _hostPatterns.Any(p => HostMatches(uri.IdnHost, p));
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));

    private static bool HostMatches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
