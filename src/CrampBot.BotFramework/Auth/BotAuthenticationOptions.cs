namespace CrampBot.BotFramework.Auth;

/// <summary>
/// Who the bot is and whom it trusts. The <c>MicrosoftApp*</c> keys sit at the root of the configuration, named as
/// operators of Bot Framework bots know them; the endpoints sit in <c>BotFramework:Authentication</c> so tests (and
/// other clouds) can point them elsewhere.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotFramework:Authentication";
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The bot's app registration id (for UserAssignedMSI: the identity's client id). Empty means anonymous mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant, SingleTenant). Leave empty when a certificate is configured, and for UserAssignedMSI.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (the default, also when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>Required for SingleTenant and UserAssignedMSI: the tenant that issues the bot's outgoing token.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A certificate credential instead of a secret: a PKCS#12 (.pfx) or PEM file holding the certificate and its private key.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>The password of a PKCS#12 certificate file, if it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>A certificate credential from the current user's certificate store (<c>My</c>), by thumbprint.</summary>
    public string? MicrosoftAppCertificateThumbprint { get; set; }

    /// <summary>The channel service's OpenID metadata; its <c>jwks_uri</c> lists the signing keys and their endorsements.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>
    /// Metadata and keys are fetched over https only. Tests that serve them from loopback over http turn this off;
    /// production never should.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The only issuer accepted on channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Entra ID host that issues the bot's outgoing token (another for sovereign clouds, e.g. <c>https://login.microsoftonline.us</c>).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Keys are fetched again after this long even when every kid is known (new keys appear at any time).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown kid triggers a refresh at most this often (the library's floor is one second).</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => Is(SingleTenant);

    public bool IsManagedIdentity => Is(UserAssignedMsi);

    public bool HasCertificate => !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath) || !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint);

    /// <summary>The authority of the outgoing token: the bot's tenant for SingleTenant, <c>botframework.com</c> otherwise.</summary>
    public string Authority => $"{AuthorityHost.TrimEnd('/')}/{(IsSingleTenant ? MicrosoftAppTenantId : "botframework.com")}/";

    /// <summary>What a managed identity asks for: the resource, without the <c>/.default</c> of a client-credentials scope.</summary>
    public string ManagedIdentityResource => OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? OAuthScope[..^"/.default".Length] : OAuthScope;

    /// <summary>Start-up check: the reasons this configuration cannot work, empty when it can.</summary>
    public IEnumerable<string> Validate()
    {
        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            yield return "BotFramework:Authentication:OpenIdMetadataUrl must be an absolute URL.";
        }

        if (!Uri.TryCreate(AuthorityHost, UriKind.Absolute, out var host) || host.Scheme != Uri.UriSchemeHttps)
        {
            yield return "BotFramework:Authentication:AuthorityHost must be an absolute https URL.";
        }

        if (!IsAuthenticationEnabled)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(MicrosoftAppType) && !Is(MultiTenant) && !IsSingleTenant && !IsManagedIdentity)
        {
            yield return $"MicrosoftAppType '{MicrosoftAppType}' is not supported; use MultiTenant, SingleTenant or UserAssignedMSI.";
        }

        if ((IsSingleTenant || IsManagedIdentity) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return $"MicrosoftAppTenantId is required when MicrosoftAppType is {MicrosoftAppType}.";
        }

        if (IsManagedIdentity)
        {
            if (!string.IsNullOrWhiteSpace(MicrosoftAppPassword) || HasCertificate)
            {
                yield return "UserAssignedMSI takes no MicrosoftAppPassword or certificate: the managed identity is the credential.";
            }

            yield break;
        }

        var secret = !string.IsNullOrWhiteSpace(MicrosoftAppPassword);
        if (secret == HasCertificate || (!string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath) && !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint)))
        {
            yield return "Give exactly one credential when MicrosoftAppId is set (the bot needs it to reply): MicrosoftAppPassword, MicrosoftAppCertificatePath or MicrosoftAppCertificateThumbprint.";
        }
    }

    private bool Is(string type) => string.Equals(MicrosoftAppType, type, StringComparison.OrdinalIgnoreCase);
}
