using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}v3/conversations/...</c>) for one channel service. Ids are
/// percent-encoded (Teams conversation ids hold ':', ';' and '@'), the bot's token is attached when it has one,
/// and transient failures are retried within the outgoing budget.
/// </summary>
public sealed class ConnectorClient : IConversationsClient
{
    public const string HttpClientName = "BotFramework.Connector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _serviceUrl;
    private readonly AppCredentials _credentials;
    private readonly RetryPolicy _retry;
    private readonly TimeSpan _budget;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConnectorClient(HttpClient http, string serviceUrl, AppCredentials credentials, RetryPolicy retry, TimeSpan budget, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _http = http;

        // The SDKs append the missing '/' so that relative routes land under the service's path, not beside it.
        _serviceUrl = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
        _credentials = credentials;
        _retry = retry;
        _budget = budget;
        _time = time;
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
        var url = new Uri(_serviceUrl, route);
        var body = activity is null ? null : JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Wire.Activity);
        var started = _time.GetTimestamp();

        // The budget covers every attempt and every wait; a hanging service cannot hold the turn past it.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_budget);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } };
            }

            HttpResponseMessage response;
            try
            {
                if (await _credentials.GetTokenAsync(budget.Token) is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                response = await _http.SendAsync(request, budget.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.ConnectorGaveUp(_logger, operation, 0, attempt, (long)_time.GetElapsedTime(started).TotalMilliseconds);
                throw new ConnectorException($"The connector {operation} did not finish within the outgoing budget.", null, null, ex);
            }
            catch (HttpRequestException ex)
            {
                // Unreachable (DNS, refused, TLS). Not retried: a half-sent POST could post the message twice.
                Log.ConnectorGaveUp(_logger, operation, 0, attempt, (long)_time.GetElapsedTime(started).TotalMilliseconds);
                throw new ConnectorException($"The connector {operation} could not reach the channel service.", null, null, ex);
            }

            using (response)
            {
                var elapsed = _time.GetElapsedTime(started);
                Log.ConnectorCall(_logger, operation, (int)response.StatusCode, attempt, (long)elapsed.TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, budget.Token);
                }

                var delay = _retry.GetDelay(attempt, response.StatusCode, response.Headers.RetryAfter, _budget - elapsed, _time.GetUtcNow(), Random.Shared.NextDouble());
                if (delay is null)
                {
                    var errorCode = await ReadErrorCodeAsync(response, budget.Token);
                    Log.ConnectorGaveUp(_logger, operation, (int)response.StatusCode, attempt, (long)elapsed.TotalMilliseconds);
                    throw new ConnectorException($"The connector {operation} failed with {(int)response.StatusCode} {errorCode}.", response.StatusCode, errorCode);
                }

                Log.ConnectorRetrying(_logger, operation, (int)response.StatusCode, (long)delay.Value.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay.Value, _time, budget.Token);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new ConnectorException($"The connector {operation} did not finish within the outgoing budget.", response.StatusCode, null, ex);
                }
            }
        }
    }

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
