using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>
/// One host per test class (starting the app is the slow part): the echo bot in anonymous mode and a fake
/// connector. Each test calls <see cref="Reset"/> first, so no test sees another's calls or logs.
/// </summary>
public sealed class AnonymousEchoHost : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;

    public CrampBotApplication App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        App = new CrampBotApplication(bot: new EchoBot());
        App.StartServer();
    }

    public void Reset()
    {
        Connector.Reset();
        App.Logs.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>The echo bot with authentication on: a test token issuer, a fake connector, short retry delays.</summary>
public sealed class AuthenticatedEchoHost : IAsyncLifetime
{
    public TestTokenIssuer Issuer { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public CrampBotApplication App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        Connector = await FakeConnector.StartAsync();
        App = new CrampBotApplication(
            new Dictionary<string, string?>(Issuer.BotSettings)
            {
                ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
                ["BotFramework:Connector:MaxDelay"] = "00:00:00.200",
                ["BotFramework:Connector:OutgoingTurnBudget"] = "00:00:05",
            },
            bot: new EchoBot());
        App.StartServer();
    }

    public void Reset()
    {
        Connector.Reset();
        App.Logs.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
