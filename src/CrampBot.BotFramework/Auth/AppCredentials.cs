using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CrampBot.BotFramework.Auth;

/// <summary>
/// The bot's own token for connector calls, from MSAL (Microsoft.Identity.Client): client credentials with a secret
/// or a certificate against the bot's tenant (SingleTenant) or <c>botframework.com</c> (MultiTenant), or a
/// user-assigned managed identity. MSAL caches the token and renews it before it expires; callers go through MSAL
/// one at a time, as the Bot Framework SDK does, so a burst of turns on a cold cache makes one request, not fifty.
/// </summary>
public sealed class AppCredentials : IDisposable
{
    /// <summary>The HTTP client MSAL and the OpenID metadata use (tests route it to a local issuer).</summary>
    public const string HttpClientName = "BotFramework.Auth";

    private readonly BotAuthenticationOptions _settings;
    private readonly ILogger<AppCredentials> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<Func<CancellationToken, Task<AuthenticationResult>>>? _acquire;

    public AppCredentials(IHttpClientFactory httpClients, IOptions<BotAuthenticationOptions> options, ILogger<AppCredentials> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        _settings = options.Value;
        _logger = logger;
        if (_settings.IsAuthenticationEnabled)
        {
            // Built on first use: reading a certificate or reaching for a managed identity waits until a reply needs it.
            _acquire = new(() => Build(new MsalHttpClients(httpClients)));
        }
    }

    /// <summary>The bearer token to attach, or null in anonymous mode (nothing is attached then).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var result = await _acquire.Value(cancellationToken);
            if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
            {
                AuthLog.TokenAcquired(_logger, (long)(result.ExpiresOn - DateTimeOffset.UtcNow).TotalSeconds, result.AuthenticationResultMetadata.DurationTotalInMs);
            }

            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            AuthLog.TokenRequestFailed(_logger, ex.ErrorCode);
            throw new ConnectorAuthenticationException($"The bot could not obtain its connector token ({ex.ErrorCode}).", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private Func<CancellationToken, Task<AuthenticationResult>> Build(IMsalHttpClientFactory http)
    {
        if (_settings.IsManagedIdentity)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_settings.MicrosoftAppId!))
                .WithHttpClientFactory(http)
                .Build();
            var resource = _settings.ManagedIdentityResource;
            return ct => identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct);
        }

        // The authority is configured, not chosen by a user: no instance-discovery round trip to validate it.
        var builder = ConfidentialClientApplicationBuilder.Create(_settings.MicrosoftAppId)
            .WithAuthority(_settings.Authority)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http);
        builder = _settings.HasCertificate ? builder.WithCertificate(LoadCertificate(), sendX5C: true) : builder.WithClientSecret(_settings.MicrosoftAppPassword);
        var client = builder.Build();
        string[] scopes = [_settings.OAuthScope];
        return ct => client.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }

    private X509Certificate2 LoadCertificate()
    {
        if (!string.IsNullOrWhiteSpace(_settings.MicrosoftAppCertificateThumbprint))
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, _settings.MicrosoftAppCertificateThumbprint, validOnly: false);
            return found.Count > 0
                ? found[0]
                : throw new ConnectorAuthenticationException("No certificate with the MicrosoftAppCertificateThumbprint is in the current user's My store.");
        }

        var path = _settings.MicrosoftAppCertificatePath!;
        return X509Certificate2.GetCertContentType(path) == X509ContentType.Pkcs12
            ? X509CertificateLoader.LoadPkcs12FromFile(path, _settings.MicrosoftAppCertificatePassword)
            : X509Certificate2.CreateFromPemFile(path);
    }

    /// <summary>MSAL's HTTP goes through the host's factory, so handlers and timeouts are configured in one place.</summary>
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}

/// <summary>The bot could not obtain its outgoing token, so it cannot reply.</summary>
public sealed class ConnectorAuthenticationException : Exception
{
    public ConnectorAuthenticationException()
    {
    }

    public ConnectorAuthenticationException(string message)
        : base(message)
    {
    }

    public ConnectorAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
