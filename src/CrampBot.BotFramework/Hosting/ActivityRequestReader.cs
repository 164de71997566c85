using System.Text.Json;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CrampBot.BotFramework.Hosting;

/// <summary>An activity read from a request, or a short reason why the request is not one.</summary>
public sealed record ActivityReadResult(Activity? Activity, string? Error)
{
    public static ActivityReadResult Invalid(string error) => new(null, error);
}

/// <summary>
/// Turns the body of a POST into an <see cref="Activity"/>, refusing with a short reason anything that is not
/// JSON, too large, unreadable, outside the <see cref="ActivityLimits"/>, or missing what every turn needs (type,
/// channelId, conversation id, from.id, serviceUrl; a name for invoke and event). See <see cref="ActivityValidator"/>.
/// </summary>
public static class ActivityRequestReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, ActivityLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return ActivityReadResult.Invalid("Content-Type must be application/json");
        }

        // Parsed where the server buffered it, not copied through a scratch array and a growing stream per request.
        var (tooLarge, read) = await CappedBody.ReadAsync(request, maxBytes, body => Parse(body, limits), cancellationToken);
        return tooLarge ? ActivityReadResult.Invalid($"the body is larger than {maxBytes} bytes") : read!;
    }

    /// <summary>Parses and checks an activity's JSON; public so other entry points apply the same rules.</summary>
    public static ActivityReadResult Parse(ReadOnlySpan<byte> json, ActivityLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (json.IsEmpty)
        {
            return ActivityReadResult.Invalid("the body is empty");
        }

        if (ActivityValidator.CheckJson(json, limits) is { } jsonProblem)
        {
            return ActivityReadResult.Invalid(jsonProblem);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Invalid("the body is not a valid activity JSON object");
        }

        if (activity is null)
        {
            return ActivityReadResult.Invalid("the body is not a valid activity JSON object");
        }

        if (ActivityValidator.CheckActivity(activity, limits, ActivitySource.Channel) is { } problem)
        {
            return ActivityReadResult.Invalid(problem);
        }

        // callerId is never taken from the wire (activity spec A2251); the endpoint sets it after authenticating.
        activity.CallerId = null;
        return new ActivityReadResult(activity, null);
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = mediaType.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
