using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CrampBot.Bot.Texts;
using CrampBot.Web.Tests.State;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace CrampBot.Web.Tests.Hardening;

/// <summary>
/// PostgreSQL goes away under a running bot (a relay in front of the test server is cut): Direct Line answers its
/// JSON error with 503 and Retry-After, readiness fails while liveness holds, the user is told their conversation is
/// kept, and once the database is back the conversation carries on exactly where it was.
/// </summary>
public sealed class OutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_PostgreSQL_outage_is_a_503_for_Direct_Line_an_unready_probe_and_an_honest_apology_with_the_conversation_kept()
    {
        var real = new NpgsqlConnectionStringBuilder(await PostgresServer.FreshSchemaAsync());
        await using var gate = new TcpGate(new IPEndPoint(IPAddress.Loopback, real.Port));
        var viaGate = new NpgsqlConnectionStringBuilder(real.ConnectionString) { Host = "127.0.0.1", Port = gate.Port, Pooling = false, Timeout = 5 };
        await using var host = new HardeningHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = viaGate.ConnectionString,
        }).Start();
        var texts = host.Services.GetRequiredService<BotTexts>();

        // Two conversations in the middle of a symptom check: one will live through the outage, one will not see it.
        var control = await SayAsync(host, "control", "check my symptoms", "en-US");
        var kept = await SayAsync(host, "kept", "check my symptoms", "en-US");
        Assert.Equal(control, kept);
        var (directLineId, token) = await host.StartDirectLineAsync("en-US", Ct);
        Assert.Equal(HttpStatusCode.OK, (await PostDirectLineAsync(host, token, directLineId, "hello")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, "/healthz/ready"));
        var streamUrl = new Uri($"ws://localhost/v3/directline/conversations/{Uri.EscapeDataString(directLineId)}/stream?t={Uri.EscapeDataString(token)}");
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(streamUrl, Ct);

        gate.Cut();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, "/healthz/live"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(host, "/healthz/ready"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(host, "/healthz"));

        using (var posted = await PostDirectLineAsync(host, token, directLineId, "are you there"))
        {
            await AssertDirectLineUnavailableAsync(posted);
        }

        using (var read = await host.GetDirectLineAsync(token, directLineId, Ct))
        {
            await AssertDirectLineUnavailableAsync(read);
        }

        // The open stream cannot get a 503; it is closed as "try again later" (1013), which clients reconnect after.
        Assert.Equal((WebSocketCloseStatus)1013, await CloseStatusAsync(socket));

        var failuresBefore = host.TurnFailures;
        Assert.Equal([texts.Get(TextKeys.FailureStoreUnavailable, "en")], await SayAsync(host, "kept", "none of these", "en-US"));
        Assert.Equal([texts.Get(TextKeys.FailureStoreUnavailable, "zh-Hans")], await SayAsync(host, "kept-zh", "我小腿抽筋", "zh-CN"));
        Assert.Equal(failuresBefore + 2, host.TurnFailures);

        gate.Restore();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, "/healthz/ready"));
        Assert.Equal(await SayAsync(host, "control", "none of these", "en-US"), await SayAsync(host, "kept", "none of these", "en-US"));
        using (var again = await PostDirectLineAsync(host, token, directLineId, "are you there"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        using var history = await host.GetDirectLineAsync(token, directLineId, Ct);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
    }

    private static async Task AssertDirectLineUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to try again");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["error"]!;
        Assert.Equal("ServiceUnavailable", (string)error["code"]!);
        Assert.Contains("kept", (string)error["message"]!, StringComparison.Ordinal);
    }

    private static async Task<WebSocketCloseStatus?> CloseStatusAsync(WebSocket socket)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var frame = await socket.ReceiveAsync(buffer, patience.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return frame.CloseStatus;
            }
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HardeningHost host, string path)
    {
        using var client = host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> PostDirectLineAsync(HardeningHost host, string token, string conversationId, string text) =>
        host.PostDirectLineAsync(token, conversationId, PayloadFuzzer.DirectLineActivity("message", text).ToJsonString(), Ct);

    /// <summary>One expectReplies turn; the texts of the replies.</summary>
    private static async Task<List<string?>> SayAsync(HardeningHost host, string conversation, string text, string locale)
    {
        var activity = PayloadFuzzer.MessagesActivity("message", "outage-" + conversation, "outage-user-" + conversation, "http://127.0.0.1:9/", expectReplies: true, text);
        activity["locale"] = locale;
        activity["id"] = "a-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await host.PostMessagesAsync(activity.ToJsonString(), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray().Select(a => (string?)a?["text"])];
    }
}
