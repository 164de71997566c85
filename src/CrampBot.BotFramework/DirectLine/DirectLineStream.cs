using System.Net.WebSockets;
using System.Text.Json;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// The WebSocket behind <c>streamUrl</c> (protocol digest §4.3): text frames holding an ActivitySet, first
/// everything after the watermark in the URL (all of it when none, so nothing sent before the socket opened is
/// lost), then each new activity as it is stored; empty frames keep idle connections alive. What the client
/// sends is read and ignored (DirectLineJS pings with empty frames; activities travel by HTTP POST).
/// </summary>
public sealed class DirectLineStream
{
    private static readonly TimeSpan StoreRecheck = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly DirectLineHandlers _handlers;
    private readonly DirectLineAuthenticator _auth;
    private readonly IDirectLineStore _store;
    private readonly DirectLineNotifier _notifier;
    private readonly DirectLineOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DirectLineStream> _logger;

    public DirectLineStream(
        DirectLineHandlers handlers,
        DirectLineAuthenticator auth,
        IDirectLineStore store,
        DirectLineNotifier notifier,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineStream> logger)
    {
        _handlers = handlers;
        _auth = auth;
        _store = store;
        _notifier = notifier;
        _options = options.Value;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpContext http, string conversationId)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("The stream is a WebSocket; connect with an upgrade request.");
        }

        // Browsers cannot put headers on a WebSocket, so the token travels in the streamUrl (t=…).
        var credential = http.Request.Query["t"].ToString();
        var (caller, authError) = string.IsNullOrEmpty(credential)
            ? _auth.Authenticate(http.Request)
            : _auth.AuthenticateCredential(credential);
        var (_, conversation, error) = await _handlers.AuthorizeAsync(caller, authError, conversationId, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        var (watermark, watermarkError) = DirectLineHandlers.ParseWatermark(http.Request.Query["watermark"].ToString(), conversation!);
        if (watermarkError is not null)
        {
            return watermarkError;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var subscription = _notifier.Subscribe(conversationId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _lifetime.ApplicationStopping);
        var receiving = DrainIncomingAsync(socket, stop.Token);
        try
        {
            await PumpAsync(socket, conversationId, watermark, subscription, receiving, stop.Token);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the app is stopping: nothing to tell anyone.
        }
        catch (Exception ex) when (StorageOutage.IsStorageUnavailable(ex))
        {
            // The socket is open, so no 503 can be sent; close it as "try again later" (1013) and let the client reconnect.
            DirectLineLog.StreamStorageUnavailable(_logger, ex, conversationId);
            await CloseQuietlyAsync(socket, (WebSocketCloseStatus)1013, "The conversation store is unreachable; reconnect later.");
        }
        finally
        {
            await stop.CancelAsync();
            await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return Results.Empty;
    }

    private async Task PumpAsync(WebSocket socket, string conversationId, long watermark, DirectLineNotifier.Subscription subscription, Task receiving, CancellationToken cancellationToken)
    {
        var lastSent = DateTimeOffset.UtcNow;
        while (!cancellationToken.IsCancellationRequested && !receiving.IsCompleted)
        {
            var page = await _store.ReadAfterAsync(conversationId, watermark, _options.MaxActivitiesPerGet, cancellationToken);
            if (page is null)
            {
                return; // the conversation expired or was deleted
            }

            if (page.Activities.Count > 0)
            {
                watermark = page.Watermark;
                await SendAsync(socket, new ActivitySet(page.Activities, Watermark(watermark)), cancellationToken);
                lastSent = DateTimeOffset.UtcNow;
                if (page.Activities.Count >= _options.MaxActivitiesPerGet)
                {
                    continue; // more to catch up on
                }
            }

            // Wait for news from this process, a periodic re-read (another instance may have appended), or the client leaving.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var signalled = subscription.Reader.WaitToReadAsync(wait.Token).AsTask();
            await Task.WhenAny(signalled, receiving, Task.Delay(StoreRecheck, wait.Token));
            await wait.CancelAsync();

            var ephemeral = new List<Activity>();
            while (subscription.Reader.TryRead(out var signal))
            {
                if (signal.Ephemeral is { } activity)
                {
                    ephemeral.Add(activity);
                }
            }

            if (ephemeral.Count > 0)
            {
                await SendAsync(socket, new ActivitySet(ephemeral, Watermark(watermark)), cancellationToken);
                lastSent = DateTimeOffset.UtcNow;
            }
            else if (DateTimeOffset.UtcNow - lastSent > Heartbeat)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastSent = DateTimeOffset.UtcNow;
            }
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    private static string Watermark(long watermark) => watermark.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads and discards what the client sends until it closes (or the connection drops).</summary>
    private static async Task DrainIncomingAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed from either side.
        }
    }
}
