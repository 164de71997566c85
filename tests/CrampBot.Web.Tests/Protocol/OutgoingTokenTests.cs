using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CrampBot.BotFramework.Hosting;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// The bot's own token for its replies, obtained through MSAL for each kind of app registration, from a local
/// stand-in for Entra ID (and the managed-identity endpoint). Each test runs a real turn and checks what the
/// connector received and what the token endpoint was asked.
/// </summary>
public sealed class OutgoingTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant_with_its_secret()
    {
        var (form, authorization) = await ReplyWith(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = "contoso-tenant" });

        Assert.Equal("/contoso-tenant/oauth2/v2.0/token", form["path"]);
        Assert.Equal(TestTokenIssuer.AppPassword, form["client_secret"]);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", authorization);
    }

    [Fact]
    public async Task A_multi_tenant_bot_asks_the_botframework_tenant()
    {
        var (form, _) = await ReplyWith(new() { ["MicrosoftAppType"] = "" });

        Assert.Equal("/botframework.com/oauth2/v2.0/token", form["path"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task A_certificate_signs_a_client_assertion_instead_of_sending_a_secret()
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=crampbot-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"crampbot-cert-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "pfx-password"), Ct);
        try
        {
            var (form, authorization) = await ReplyWith(new()
            {
                ["MicrosoftAppPassword"] = "",
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppTenantId"] = "contoso-tenant",
                ["MicrosoftAppCertificatePath"] = path,
                ["MicrosoftAppCertificatePassword"] = "pfx-password",
            });

            Assert.False(form.ContainsKey("client_secret"));
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            var assertion = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
            {
                IssuerSigningKey = new X509SecurityKey(certificate),
                ValidIssuer = TestTokenIssuer.AppId,
                ValidateAudience = false,
            });
            Assert.True(assertion.IsValid, assertion.Exception?.Message);
            Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", authorization);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_asks_the_instance_metadata_service()
    {
        var (query, authorization) = await ReplyWith(new()
        {
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "contoso-tenant",
        });

        Assert.Equal("/metadata/identity/oauth2/token", query["path"]);
        Assert.Equal(TestTokenIssuer.AppId, query["client_id"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal("true", query["Metadata"]);
        Assert.Equal($"Bearer {TestTokenIssuer.OutboundToken(1)}", authorization);
    }

    [Theory]
    [InlineData("UserAssignedMSI", "contoso", "a-secret", "takes no MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "", "", "MicrosoftAppTenantId is required")]
    [InlineData("SingleTenant", "", "a-secret", "MicrosoftAppTenantId is required")]
    [InlineData("MultiTenant", "", "", "exactly one credential")]
    [InlineData("Federated", "", "a-secret", "not supported")]
    public async Task An_incomplete_registration_stops_the_host_with_the_reason(string type, string tenant, string password, string reason)
    {
        await using var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        var settings = new Dictionary<string, string?>(issuer.BotSettings)
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppPassword"] = password,
        };

        // A host of its own rather than WebApplicationFactory: when Program's host fails to start, the factory
        // races the failing entry-point thread and sometimes reports the disposed service provider instead of
        // the reason (dotnet/aspnetcore#33494), which made this test flaky under load.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(Ct));

        Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Runs one authenticated turn with these settings; returns what the token endpoint got and the reply's Authorization.</summary>
    private static async Task<(IReadOnlyDictionary<string, string> Request, string? Authorization)> ReplyWith(Dictionary<string, string?> overrides)
    {
        await using var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        await using var connector = await FakeConnector.StartAsync(Ct);
        var settings = new Dictionary<string, string?>(issuer.BotSettings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        await using var app = new CrampBotApplication(settings, bot: new EchoBot());
        for (var i = 0; i < 2; i++)
        {
            using var response = await app.PostActivityAsync(
                TestActivities.Message(connector.ServiceUrl, $"hello {i}", channelId: "msteams", id: $"a{i}"),
                issuer.CreateToken(connector.ServiceUrl),
                Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Two replies, one token: MSAL served the second from its cache.
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(connector.Requests[0].Authorization, connector.Requests[1].Authorization);
        return (Assert.Single(issuer.TokenRequests), connector.Requests[0].Authorization);
    }
}
