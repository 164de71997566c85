using System.Net.Http.Headers;
using System.Text.Json;
using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Telemetry;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}v3/conversations/...</c>) for one channel service. Ids are
/// percent-encoded (Teams conversation ids hold ':', ';' and '@') and the bot's token is attached when it has one.
/// Retries, the time budget and the circuit breaker live in the HTTP client's pipeline (<see cref="ConnectorResilience"/>);
/// this class turns what comes out of it into a <see cref="ResourceResponse"/> or a <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient : IConversationsClient
{
    public const string HttpClientName = "BotFramework.Connector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _serviceUrl;
    private readonly AppCredentials _credentials;
    private readonly BotTelemetry _telemetry;
    private readonly ILogger _logger;

    public ConnectorClient(HttpClient http, string serviceUrl, AppCredentials credentials, BotTelemetry telemetry, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _http = http;

        // The SDKs append the missing '/' so that relative routes land under the service's path, not beside it.
        _serviceUrl = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
        _credentials = credentials;
        _telemetry = telemetry;
        _logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "send", ActivitiesRoute(activity.Conversation?.Id), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "reply", ActivityRoute(activity.Conversation?.Id, activity.ReplyToId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "update", ActivityRoute(activity.Conversation?.Id, activity.Id), activity, cancellationToken);

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, "delete", ActivityRoute(conversationId, activityId), null, cancellationToken);

    /// <summary>The route of a conversation's activities, ids escaped as data (never as path syntax).</summary>
    public static string ActivitiesRoute(string? conversationId) =>
        $"v3/conversations/{Uri.EscapeDataString(Required(conversationId, "conversation id"))}/activities";

    public static string ActivityRoute(string? conversationId, string? activityId) =>
        $"{ActivitiesRoute(conversationId)}/{Uri.EscapeDataString(Required(activityId, "activity id"))}";

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The {what} is missing.") : value;

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string operation, string route, Activity? activity, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("connector " + operation, System.Diagnostics.ActivityKind.Client);
        using var request = new HttpRequestMessage(method, new Uri(_serviceUrl, route));
        if (activity is not null)
        {
            request.Content = new ByteArrayContent(WireJson.SerializeToUtf8Bytes(activity)) { Headers = { ContentType = JsonContentType } };
        }

        request.Options.Set(ConnectorResilience.StartedAt, started);
        var status = 0;
        try
        {
            if (await _credentials.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await _http.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            ConnectorLog.Call(_logger, operation, status, Elapsed(started));
            if (response.IsSuccessStatusCode)
            {
                return await ReadResourceResponseAsync(response, cancellationToken);
            }

            if (status is >= 300 and < 400)
            {
                // The body and the Location stay out of the log: either may be anything the other side chose.
                ConnectorLog.RedirectRefused(_logger, operation, status);
                throw new ConnectorException($"The connector {operation} answered a redirect ({status}), which is never followed.", response.StatusCode, null);
            }

            var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
            throw GaveUp(operation, status, started, $"{status} {errorCode}", new ConnectorException($"The connector {operation} failed with {status} {errorCode}.", response.StatusCode, errorCode));
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw GaveUp(operation, status, started, "out of time", new ConnectorException($"The connector {operation} did not finish within the outgoing budget.", null, null, ex));
        }
        catch (BrokenCircuitException ex)
        {
            throw GaveUp(operation, status, started, "circuit open", new ConnectorException($"The connector {operation} was not attempted: the channel service failed repeatedly and is rested for a while.", null, null, ex));
        }
        catch (HttpRequestException ex)
        {
            // Unreachable (DNS, refused, TLS). Not retried: a half-sent POST could post the message twice.
            throw GaveUp(operation, status, started, "unreachable", new ConnectorException($"The connector {operation} could not reach the channel service.", null, null, ex));
        }
        finally
        {
            _telemetry.ConnectorCalls.Add(
                1,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("status_class", BotTelemetry.StatusClass(status)));
            span?.SetTag("http.response.status_code", status);
        }
    }

    private ConnectorException GaveUp(string operation, int status, long started, string reason, ConnectorException exception)
    {
        ConnectorLog.GaveUp(_logger, operation, status, Elapsed(started), reason);
        return exception;
    }

    private static long Elapsed(long started) => (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, BotJsonContext.Default.ResourceResponse) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // Some channels answer 200 with no JSON; the send still succeeded.
            return new ResourceResponse(null);
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, BotJsonContext.Default.ErrorResponse)?.Error?.Code;
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }
}
