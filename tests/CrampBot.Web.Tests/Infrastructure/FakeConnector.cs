using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CrampBot.Web.Tests.Infrastructure;

/// <summary>One call the bot made to the fake connector, as it arrived on the wire.</summary>
public sealed record ConnectorRequest(string Method, string RawTarget, string Path, string? Authorization, string Body)
{
    /// <summary>The body as an activity (null for a DELETE).</summary>
    public Activity? Activity => Body.Length == 0 ? null : JsonSerializer.Deserialize(Body, BotJsonContext.Default.Activity);
}

/// <summary>
/// A channel's Bot Connector service on loopback: records every call (raw target included, to check the
/// percent-encoding of ids) and answers 200 <c>{"id": ...}</c>, or whatever was queued with
/// <see cref="EnqueueResponse"/> first. Use <see cref="ServiceUrl"/> as the activities' serviceUrl.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<QueuedResponse> _responses = new();
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly Channel<ConnectorRequest> _arrivals = Channel.CreateUnbounded<ConnectorRequest>();
    private LoopbackServer? _server;
    private int _ids;

    /// <summary>The serviceUrl to put in activities; ends with '/', as channels' do.</summary>
    public string ServiceUrl => _server!.BaseAddress.ToString();

    /// <summary>Every call so far, oldest first.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken = default)
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(connector.HandleAsync, cancellationToken);
        return connector;
    }

    /// <summary>
    /// The next call gets this answer instead of 200 (calls are answered in queue order), after
    /// <paramref name="delay"/> when given (a slow or hanging service).
    /// </summary>
    public void EnqueueResponse(int statusCode, string? jsonBody = null, string? retryAfter = null, TimeSpan? delay = null) =>
        _responses.Enqueue(new QueuedResponse(statusCode, jsonBody, retryAfter, delay));

    /// <summary>Forgets every call and queued answer, so one connector can serve several tests in turn.</summary>
    public void Reset()
    {
        _responses.Clear();
        _requests.Clear();
        while (_arrivals.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>Waits for the next call not yet taken by an earlier wait.</summary>
    public async Task<ConnectorRequest> WaitForRequestAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _arrivals.Reader.ReadAsync(cts.Token);
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var request = new ConnectorRequest(http.Request.Method, rawTarget, http.Request.Path.Value ?? string.Empty, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body);
        _requests.Enqueue(request);
        await _arrivals.Writer.WriteAsync(request);

        if (_responses.TryDequeue(out var queued))
        {
            if (queued.Delay is { } delay)
            {
                try
                {
                    await Task.Delay(delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            http.Response.StatusCode = queued.StatusCode;
            if (queued.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = queued.RetryAfter;
            }

            if (queued.JsonBody is not null)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(queued.JsonBody);
            }

            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync($"{{\"id\":\"sent-{Interlocked.Increment(ref _ids)}\"}}");
    }

    private sealed record QueuedResponse(int StatusCode, string? JsonBody, string? RetryAfter, TimeSpan? Delay);
}
