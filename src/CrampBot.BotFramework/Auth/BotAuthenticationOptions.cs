namespace CrampBot.BotFramework.Auth;

/// <summary>
/// Who the bot is and whom it trusts. The four <c>MicrosoftApp*</c> keys sit at the root of the configuration,
/// named as operators of Bot Framework bots know them; the endpoints sit in <c>BotFramework:Authentication</c> so
/// tests (and other clouds) can point them elsewhere.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotFramework:Authentication";
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";

    /// <summary>The bot's app registration id. Empty means anonymous mode: local development only.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (the default, also when empty) or <c>SingleTenant</c>.</summary>
    public string? MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>Required for SingleTenant: the tenant that issues the bot's outgoing token.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The channel service's OpenID metadata; its <c>jwks_uri</c> lists the signing keys and their endorsements.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only issuer accepted on channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// The client-credentials endpoint. Null means Entra ID: the <c>botframework.com</c> tenant for MultiTenant,
    /// the bot's own tenant for SingleTenant.
    /// </summary>
    public string? TokenEndpoint { get; set; }

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Keys are fetched again after this long even when every kid is known (new keys appear at any time).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown kid triggers a refresh at most this often, so bogus tokens cannot hammer the metadata host.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public string ResolveTokenEndpoint() =>
        TokenEndpoint is { Length: > 0 } configured
            ? configured
            : $"https://login.microsoftonline.com/{(IsSingleTenant ? MicrosoftAppTenantId : "botframework.com")}/oauth2/v2.0/token";

    /// <summary>Start-up check: the reasons this configuration cannot work, empty when it can.</summary>
    public IEnumerable<string> Validate()
    {
        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            yield return "BotFramework:Authentication:OpenIdMetadataUrl must be an absolute URL.";
        }

        if (TokenEndpoint is { Length: > 0 } && !Uri.TryCreate(TokenEndpoint, UriKind.Absolute, out _))
        {
            yield return "BotFramework:Authentication:TokenEndpoint must be an absolute URL.";
        }

        if (!IsAuthenticationEnabled)
        {
            yield break;
        }

        if (!IsSingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppType) && !string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"MicrosoftAppType '{MicrosoftAppType}' is not supported; use SingleTenant or MultiTenant.";
        }

        if (IsSingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.";
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "MicrosoftAppPassword is required when MicrosoftAppId is set (the bot needs it to reply).";
        }
    }
}
