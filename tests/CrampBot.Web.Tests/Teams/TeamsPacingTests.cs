using System.Diagnostics;
using CrampBot.BotFramework.Teams;
using Xunit;
using static CrampBot.Web.Tests.Teams.TeamsActivities;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// Sends to one Teams conversation stay within Teams' per-conversation rate (7 per second, 8 per 2 seconds), and a
/// throttled send (429) is retried after its Retry-After and still delivered.
/// </summary>
public sealed class TeamsPacingTests : IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await TeamsTestHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_burst_of_replies_is_paced_to_Teams_per_conversation_rate()
    {
        // The turn (and so the POST) lasts until the last reply is sent: watch the arrivals while it runs.
        var turn = _host.SendAsync(Personal(_host.ServiceUrl, "burst 12"));
        var arrivals = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var texts = new List<string>();
        foreach (var request in await ArrivalsAsync(12, clock, arrivals))
        {
            texts.Add(request.Activity!.Text!);
        }

        await turn;

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"message {i}"), texts);
        Assert.Contains(_host.App.Logs.Entries, e => e.Message.StartsWith("Held a Teams send", StringComparison.Ordinal));

        // Measured on arrival, so allow a little timing noise below each window.
        var slack = TimeSpan.FromMilliseconds(150);
        for (var i = 0; i + 7 < arrivals.Count; i++)
        {
            Assert.True(arrivals[i + 7] - arrivals[i] >= TimeSpan.FromSeconds(1) - slack, $"8 sends within {arrivals[i + 7] - arrivals[i]}");
        }

        for (var i = 0; i + 8 < arrivals.Count; i++)
        {
            Assert.True(arrivals[i + 8] - arrivals[i] >= TimeSpan.FromSeconds(2) - slack, $"9 sends within {arrivals[i + 8] - arrivals[i]}");
        }
    }

    [Fact]
    public async Task A_throttled_send_waits_for_Retry_After_and_is_delivered()
    {
        _host.Connector.EnqueueResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", retryAfter: "1");

        var turn = _host.SendAsync(Personal(_host.ServiceUrl, "are you there?"));

        var clock = Stopwatch.StartNew();
        var arrivals = new List<TimeSpan>();
        var attempts = await ArrivalsAsync(2, clock, arrivals);
        await turn;
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(attempts[0].RawTarget, attempts[1].RawTarget);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromMilliseconds(900), $"retried after {arrivals[1] - arrivals[0]}");
        Assert.Contains(_host.App.Logs.Entries, e => e.Message.StartsWith("Teams throttled a send", StringComparison.Ordinal));
        await _host.AssertNoMoreRepliesAsync();
    }

    [Fact]
    public async Task The_pacer_holds_a_conversation_only_as_long_as_its_windows_need()
    {
        var pacer = new TeamsSendPacer(TimeProvider.System, [new TeamsRateWindow(2, TimeSpan.FromMilliseconds(400))]);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 5; i++)
        {
            await pacer.WaitToSendAsync("a", TestContext.Current.CancellationToken);
        }

        var paced = clock.Elapsed;
        await pacer.WaitToSendAsync("b", TestContext.Current.CancellationToken);

        // Sends 3 and 4 wait for sends 1 and 2 to age out, send 5 for 3 and 4: two full windows.
        Assert.InRange(paced, TimeSpan.FromMilliseconds(780), TimeSpan.FromSeconds(3));
        Assert.True(clock.Elapsed - paced < TimeSpan.FromMilliseconds(200), "another conversation is not held");

        pacer.Throttled("b", TimeSpan.FromMilliseconds(500));
        var held = Stopwatch.StartNew();
        await pacer.WaitToSendAsync("b", TestContext.Current.CancellationToken);
        Assert.True(held.Elapsed >= TimeSpan.FromMilliseconds(450), $"held {held.Elapsed} after a 429");
    }

    [Fact]
    public async Task A_hold_longer_than_a_send_may_wait_fails_at_once()
    {
        var pacer = new TeamsSendPacer(TimeProvider.System);
        pacer.Throttled("c", TimeSpan.FromMinutes(2));
        var clock = Stopwatch.StartNew();

        var held = await Assert.ThrowsAsync<TeamsSendHeldException>(() => pacer.WaitToSendAsync("c", TestContext.Current.CancellationToken, TimeSpan.FromSeconds(10)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"waited {clock.Elapsed} before giving up");
        Assert.InRange(held.Remaining, TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(2));
    }

    private async Task<List<Infrastructure.ConnectorRequest>> ArrivalsAsync(int count, Stopwatch clock, List<TimeSpan> arrivals)
    {
        var requests = new List<Infrastructure.ConnectorRequest>();
        for (var i = 0; i < count; i++)
        {
            var request = await _host.Connector.WaitForRequestAsync(TimeSpan.FromSeconds(15));
            arrivals.Add(clock.Elapsed);
            TeamsTestHost.AssertWithinTeamsLimits(request, "personal");
            requests.Add(request);
        }

        return requests;
    }
}
