using System.Net;
using System.Text.Json;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Sits in the connector's HTTP pipeline, under its retry loop, so every attempt (retries included, as Teams counts
/// them) to post an activity to a Teams conversation is paced by <see cref="TeamsSendPacer"/>, whatever sent it: a
/// turn, a held reply, a proactive message. A 429 holds the conversation for its Retry-After.
/// </summary>
public sealed class TeamsPacingHandler(TeamsSendPacer pacer, ILogger<TeamsPacingHandler> logger, TimeSpan? maxWait = null) : DelegatingHandler
{
    /// <summary>How long a 429 without Retry-After holds the conversation (Teams' shortest window).</summary>
    public static readonly TimeSpan DefaultThrottleHold = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var conversation = await TeamsConversationKeyAsync(request, cancellationToken);
        if (conversation is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        TimeSpan waited;
        try
        {
            waited = await pacer.WaitToSendAsync(conversation, cancellationToken, maxWait);
        }
        catch (TeamsSendHeldException held)
        {
            // Teams told us to hold off for longer than a send may wait: answer as Teams would, without asking it
            // again, so the connector's retry policy gives up at once instead of the turn sleeping to its budget.
            TeamsLog.Throttled(logger, (long)held.Remaining.TotalMilliseconds);
            var local = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
            local.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(held.Remaining);
            return local;
        }

        if (waited > TimeSpan.Zero)
        {
            TeamsLog.SendPaced(logger, (long)waited.TotalMilliseconds);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var hold = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : DefaultThrottleHold);
            TeamsLog.Throttled(logger, (long)hold.TotalMilliseconds);
            pacer.Throttled(conversation, hold);
        }

        return response;
    }

    /// <summary>
    /// For a connector call that posts a Teams activity (its body says channelId msteams): the service host and the
    /// conversation id from the route, else null. Other channels and calls without a body are not paced.
    /// </summary>
    public static async Task<string?> TeamsConversationKeyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is null || request.RequestUri is not { } uri)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/');
        var at = Array.IndexOf(segments, "conversations");
        if (at < 1 || at + 2 >= segments.Length || segments[at - 1] != "v3" || segments[at + 2] != "activities")
        {
            return null;
        }

        // The connector's content is a byte array already in memory; reading it does not consume it.
        var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return IsTeamsActivity(body) ? $"{uri.Host}:{uri.Port}/{Uri.UnescapeDataString(segments[at + 1])}" : null;
    }

    private static bool IsTeamsActivity(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isChannel = reader.ValueTextEquals("channelId"u8);
                reader.Read();
                if (isChannel)
                {
                    return reader.TokenType == JsonTokenType.String && string.Equals(reader.GetString(), Channels.MsTeams, StringComparison.OrdinalIgnoreCase);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not an activity; nothing to pace.
        }

        return false;
    }
}
