using CrampBot.Bot;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Teams;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// The real host with Teams support switched on, as a Teams deployment runs it: JWT auth against a local issuer
/// whose key is endorsed for msteams, replies to a fake Teams connector, in-memory state. Every activity the bot
/// posts can be checked against Teams' limits with <see cref="AssertWithinTeamsLimits"/>.
/// </summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    private TeamsTestHost(TestTokenIssuer issuer, FakeConnector connector, CrampBotApplication app)
    {
        Issuer = issuer;
        Connector = connector;
        App = app;
    }

    public TestTokenIssuer Issuer { get; }

    public FakeConnector Connector { get; }

    public CrampBotApplication App { get; }

    public string ServiceUrl => Connector.ServiceUrl;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Starts the app as the host composes it (Teams support included, its middleware ahead of the state layer's)
    /// with <see cref="TeamsProbeBot"/>, or with the app's own bot when <paramref name="realBot"/>.
    /// </summary>
    /// <param name="realBot">Run the app's own CrampBot instead of the probe bot.</param>
    /// <param name="settings">Extra settings.</param>
    /// <param name="stateBeforeTeams">
    /// Put the state layer's middleware ahead of the Teams middleware (a host that calls AddBotStorage before
    /// AddTeamsSupport), so both orders stay tested.
    /// </param>
    public static async Task<TeamsTestHost> StartAsync(bool realBot = false, IDictionary<string, string?>? settings = null, bool stateBeforeTeams = false)
    {
        var issuer = await TestTokenIssuer.StartAsync(cancellationToken: Ct);
        var connector = await FakeConnector.StartAsync(Ct);
        var all = issuer.BotSettings;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new CrampBotApplication(all, services: services =>
        {
            if (stateBeforeTeams)
            {
                PutStateMiddlewareFirst(services);
            }

            if (!realBot)
            {
                services.AddTransient<IBot, TeamsProbeBot>();
            }
        });
        return new TeamsTestHost(issuer, connector, app);
    }

    /// <summary>Posts as Teams does: with a valid channel token for the activity's serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        App.PostActivityAsync(activity, Issuer.CreateToken(activity.ServiceUrl!), Ct);

    /// <summary>Posts and expects the plain 200 of a non-invoke activity.</summary>
    public async Task SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The next <paramref name="count"/> calls at the connector, each checked against Teams' limits.</summary>
    public async Task<List<ConnectorRequest>> RepliesAsync(int count, string scope)
    {
        var replies = new List<ConnectorRequest>();
        for (var i = 0; i < count; i++)
        {
            var request = await Connector.WaitForRequestAsync();
            AssertWithinTeamsLimits(request, scope);
            replies.Add(request);
        }

        return replies;
    }

    /// <summary>No further call reaches the connector within <paramref name="wait"/>.</summary>
    public async Task AssertNoMoreRepliesAsync(TimeSpan? wait = null)
    {
        var extra = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Connector.WaitForRequestAsync(wait ?? TimeSpan.FromMilliseconds(700)));
        Assert.NotNull(extra);
    }

    public static void AssertWithinTeamsLimits(ConnectorRequest request, string scope)
    {
        var violations = TeamsLimitsChecker.Violations(request.Body, scope);
        Assert.True(violations.Count == 0, $"{request.Method} {request.RawTarget} breaks Teams' limits: {string.Join("; ", violations)}");
    }

    /// <summary>
    /// Re-registers the pipeline with the state layer first: the host registers Teams' four middleware and then the
    /// state layer's one, all as factories, so they are replaced by explicit registrations in the other order.
    /// </summary>
    private static void PutStateMiddlewareFirst(IServiceCollection services)
    {
        foreach (var registered in services.Where(d => d.ServiceType == typeof(IMiddleware)).ToList())
        {
            services.Remove(registered);
        }

        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<AutoSaveStateMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsMentionMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsWelcomeOnceMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsActionExecuteMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsLimitsMiddleware>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
