using System.Net;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Telemetry;

/// <summary>
/// <c>GET /metrics</c>: absent by default; with <c>Telemetry:Prometheus</c> on, it shows the bot's counters after a
/// turn (turns by channel and outcome, turn latency, storage latency, connector calls, triage levels), and nothing a
/// user typed, nor a user's or a conversation's id.
/// </summary>
/// <remarks>
/// Not run beside other tests: OpenTelemetry's meter listener is process-wide, so while another test's host counted
/// its own turns, their samples showed up in this host's scrape (a triage level this test never gave).
/// </remarks>
[Collection(nameof(ProcessWideMeters))]
public sealed class MetricsEndpointTests
{
    private const string UserText = "my left calf twitches at three zebra";
    private const string UserId = "user-telemetry-4242";
    private const string ConversationId = "conv-telemetry-7f1c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_are_not_served_by_default()
    {
        await using var app = new CrampBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task After_a_turn_of_the_real_bot_the_counters_are_there_without_user_text_or_ids()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var app = new CrampBotApplication(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });

        using (var turn = await app.PostActivityAsync(UserMessage(connector.ServiceUrl), cancellationToken: Ct))
        {
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        var metrics = await ScrapeAsync(app);

        Assert.Contains("crampbot_turns_total{", metrics, StringComparison.Ordinal);
        LineAssertions.Contains(Line(metrics, "crampbot_turns_total{"), ["channel=\"webchat\"", "outcome=\"ok\"", "activity_type=\"message\""]);
        Assert.Contains("crampbot_turn_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        LineAssertions.Contains(Line(metrics, "crampbot_storage_duration_seconds_count{"), ["operation=\"read\""]);
        LineAssertions.Contains(Line(metrics, "crampbot_connector_calls_total{"), ["status_class=\"2xx\""]);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        AssertNothingPersonal(metrics);
    }

    [Fact]
    public async Task Triage_levels_given_are_counted_by_level_only()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var app = new CrampBotApplication(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" }, bot: new TriageLevelBot());

        for (var i = 0; i < 2; i++)
        {
            using var turn = await app.PostActivityAsync(UserMessage(connector.ServiceUrl), cancellationToken: Ct);
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        var metrics = await ScrapeAsync(app);

        var levels = LineAssertions.Samples.Where(l => l.StartsWith("crampbot_triage_levels_total{", StringComparison.Ordinal)).ToList();
        var urgent = Assert.Single(levels);
        Assert.Contains("level=\"urgent\"", urgent, StringComparison.Ordinal);
        Assert.Equal(2, Value(urgent));
        AssertNothingPersonal(metrics);
    }

    [Fact]
    public async Task A_failed_turn_is_counted_as_an_error()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var app = new CrampBotApplication(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" }, bot: new ThrowingBot());

        using (var turn = await app.PostActivityAsync(UserMessage(connector.ServiceUrl), cancellationToken: Ct))
        {
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        var metrics = await ScrapeAsync(app);
        LineAssertions.Contains(Line(metrics, "crampbot_turns_total{"), ["outcome=\"error\"", "activity_type=\"message\""]);
    }

    private static Activity UserMessage(string serviceUrl)
    {
        var activity = TestActivities.Message(serviceUrl, UserText, conversationId: ConversationId, id: Guid.NewGuid().ToString("N"));
        activity.From = new ChannelAccount(UserId, "Telemetry Tester", RoleTypes.User);
        return activity;
    }

    private static async Task<string> ScrapeAsync(CrampBotApplication app)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/metrics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metrics = await response.Content.ReadAsStringAsync(Ct);
        LineAssertions.Samples = metrics.Split('\n');
        return metrics;
    }

    /// <summary>The first sample line of a metric (its name and labels start with <paramref name="prefix"/>).</summary>
    private static string Line(string metrics, string prefix) =>
        metrics.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no {prefix} in:\n{metrics}");

    /// <summary>The sample's value: the number after the labels.</summary>
    private static double Value(string line) =>
        double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertNothingPersonal(string metrics)
    {
        Assert.DoesNotContain("zebra", metrics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserId, metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(ConversationId, metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("Telemetry Tester", metrics, StringComparison.Ordinal);
    }

    /// <summary>Replies as the bot does with advice: a summary in channelData.triage, whose level alone is counted.</summary>
    private sealed class TriageLevelBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var reply = MessageFactory.Text("See a doctor within a day.");
            reply.ChannelData = new JsonObject { ["triage"] = new JsonObject { ["level"] = "urgent", ["causes"] = new JsonArray("zebra-cause") } };
            return turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }
}

/// <summary>Tests that read process-wide instruments run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(ProcessWideMeters), DisableParallelization = true)]
public sealed class ProcessWideMeters;

internal static class LineAssertions
{
    /// <summary>Some sample line of the metric whose first line is <paramref name="line"/> carries every label in <paramref name="parts"/>.</summary>
    public static void Contains(string line, string[] parts)
    {
        var name = line[..line.IndexOf('{', StringComparison.Ordinal)];
        Assert.True(
            Samples.Any(l => l.StartsWith(name + "{", StringComparison.Ordinal) && parts.All(p => l.Contains(p, StringComparison.Ordinal))),
            $"no {name} sample with {string.Join(", ", parts)}");
    }

    /// <summary>The lines of the last scrape (set by the test before asserting).</summary>
    public static string[] Samples { get; set; } = [];
}
