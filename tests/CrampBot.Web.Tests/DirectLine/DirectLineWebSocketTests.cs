using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Schema;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>The streamUrl WebSocket: history first, then each new activity as it is stored, typing included.</summary>
public sealed class DirectLineWebSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stream_delivers_the_welcome_then_the_echo_typing_and_reply()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(started.StreamUrl!), Ct);

        var received = new List<Activity>();
        await ReceiveUntilAsync(socket, received, r => r.Any(a => a.Text?.StartsWith(DirectLineTestBot.Welcome, StringComparison.Ordinal) == true));

        using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("slow", clientActivityId: "ws-1"));
        posted.EnsureSuccessStatusCode();
        var watermark = await ReceiveUntilAsync(socket, received, r => r.Any(a => a.Text == "echo: slow"));

        var echo = Assert.Single(received, a => a.Text == "slow");
        Assert.Equal("ws-1", echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        Assert.Contains(received, a => a.Type == ActivityTypes.Typing && a.From?.Role == RoleTypes.Bot);
        Assert.Equal("3", watermark);
        Assert.Equal(received.Where(a => a.Type != ActivityTypes.Typing).Select(a => a.Id).Distinct().Count(), received.Count(a => a.Type != ActivityTypes.Typing));

        // Typing is live-only: never part of the history a poll returns.
        Assert.DoesNotContain((await app.GetActivitiesAsync(started.Token!, started.ConversationId)).Activities, a => a.Type == ActivityTypes.Typing);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Ct);
    }

    [Fact]
    public async Task A_stream_from_a_watermark_replays_only_what_came_after_it()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using (var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("first")))
        {
            posted.EnsureSuccessStatusCode();
        }

        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(started.StreamUrl + "&watermark=2"), Ct);
        var received = new List<Activity>();
        await ReceiveUntilAsync(socket, received, r => r.Count > 0);
        Assert.Equal(["echo: first"], received.Select(a => a.Text));
    }

    [Fact]
    public async Task The_stream_refuses_a_token_for_another_conversation()
    {
        await using var app = new DirectLineApp();
        var mine = await app.StartConversationAsync();
        var theirs = await app.StartConversationAsync();
        var url = theirs.StreamUrl!.Replace(Uri.EscapeDataString(theirs.Token!), Uri.EscapeDataString(mine.Token!), StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(new Uri(url), Ct));

        using var client = app.Client();
        using var plain = await client.GetAsync(new Uri(url.Replace("ws://", "http://", StringComparison.Ordinal)), Ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, plain.StatusCode); // not an upgrade request
    }

    /// <summary>Reads ActivitySet frames (skipping keep-alives) until <paramref name="done"/>; returns the last watermark.</summary>
    private static async Task<string?> ReceiveUntilAsync(WebSocket socket, List<Activity> received, Func<List<Activity>, bool> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        string? watermark = null;
        var buffer = new byte[64 * 1024];
        while (!done(received))
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (frame.Length == 0)
            {
                continue;
            }

            var set = JsonSerializer.Deserialize(Encoding.UTF8.GetString(frame.ToArray()), DirectLineJsonContext.Default.ActivitySet)!;
            received.AddRange(set.Activities);
            watermark = set.Watermark;
        }

        return watermark;
    }
}
