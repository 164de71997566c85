using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// The channel service's OpenID metadata and signing keys, kept by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: fetched on first use, again after
/// <see cref="BotAuthenticationOptions.MetadataRefreshInterval"/>, and early when a token names an unknown key, but at
/// most once per <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/>, so a stream of bogus tokens cannot
/// turn the bot into a load generator against the metadata host. A failed refresh keeps the keys already known.
/// The manager refreshes in the background; a token with a new key waits (briefly) for that refresh through the
/// manager's <see cref="IConfigurationEventHandler{T}"/> hook, so a rotated key works on its first use.
/// </summary>
public sealed class ChannelSigningKeys : IConfigurationEventHandler<OpenIdConnectConfiguration>
{
    /// <summary>Short keys are forgeable; the channel service signs with 2048 bits.</summary>
    public const int MinimumKeySizeInBits = 2048;

    /// <summary>How long a token with an unknown key waits for the refreshed keys before it is refused.</summary>
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(3);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeSpan _refreshInterval;
    private readonly Lock _gate = new();
    private TaskCompletionSource<OpenIdConnectConfiguration> _nextUpdate = NewUpdate();
    private long? _lastRefreshRequest;

    public ChannelSigningKeys(IHttpClientFactory httpClients, IOptions<BotAuthenticationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(AppCredentials.HttpClientName))
        {
            RequireHttps = settings.RequireHttpsMetadata,
        };
        _refreshInterval = settings.UnknownKeyRefreshInterval < BaseConfigurationManager.MinimumRefreshInterval
            ? BaseConfigurationManager.MinimumRefreshInterval
            : settings.UnknownKeyRefreshInterval;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(settings.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = settings.MetadataRefreshInterval,
            RefreshInterval = _refreshInterval,
            ConfigurationEventHandler = this,
        };
    }

    /// <summary>The current metadata. Throws <see cref="InvalidOperationException"/> when it was never obtained.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// A token named a key the metadata does not list: the keys may have rotated. At most once per refresh interval
    /// (the manager's own limit, mirrored here so that only a request it honours waits), asks the manager for fresh
    /// metadata and waits for it. Null when no refresh was due or none arrived in time.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration> update;
        lock (_gate)
        {
            if (_lastRefreshRequest is { } last && TimeProvider.System.GetElapsedTime(last) < _refreshInterval)
            {
                return null;
            }

            _lastRefreshRequest = TimeProvider.System.GetTimestamp();
            update = _nextUpdate.Task;
        }

        _manager.RequestRefresh();
        await _manager.GetConfigurationAsync(cancellationToken);
        try
        {
            return await update.WaitAsync(RefreshWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The metadata host did not answer (or failed): the keys already known stay in use.
            return null;
        }
    }

    Task<ConfigurationEventHandlerResult<OpenIdConnectConfiguration>> IConfigurationEventHandler<OpenIdConnectConfiguration>.BeforeRetrieveAsync(string metadataAddress, CancellationToken cancel) =>
        Task.FromResult<ConfigurationEventHandlerResult<OpenIdConnectConfiguration>>(null!);

    Task IConfigurationEventHandler<OpenIdConnectConfiguration>.AfterUpdateAsync(string metadataAddress, OpenIdConnectConfiguration configuration, CancellationToken cancel)
    {
        TaskCompletionSource<OpenIdConnectConfiguration> updated;
        lock (_gate)
        {
            updated = _nextUpdate;
            _nextUpdate = NewUpdate();
        }

        updated.TrySetResult(configuration);
        return Task.CompletedTask;
    }

    private static TaskCompletionSource<OpenIdConnectConfiguration> NewUpdate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The RSA keys long enough to trust; nothing else can validate a channel token.</summary>
    public static IEnumerable<SecurityKey> UsableKeys(OpenIdConnectConfiguration configuration) =>
        configuration.SigningKeys.Where(k => k is RsaSecurityKey or JsonWebKey { Kty: "RSA" } && k.KeySize >= MinimumKeySizeInBits);

    /// <summary>
    /// The channels the key <paramref name="kid"/> may sign for: the Bot Framework's <c>endorsements</c> extension of
    /// the JWKS, which IdentityModel keeps among the key's additional data.
    /// </summary>
    public static IReadOnlyList<string> EndorsementsOf(OpenIdConnectConfiguration configuration, string? kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> list => [.. list.OfType<string>()],
            _ => [],
        };
    }
}
