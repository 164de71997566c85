using System.Diagnostics;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Telemetry;

/// <summary>
/// The outermost turn middleware: counts each turn by channel, activity type and outcome, times it, and counts the
/// triage levels the bot gives (read from outgoing activities' <c>channelData.triage.level</c>, so the bot needs no
/// telemetry code). Records numbers and short fixed names only. With telemetry off nobody listens, and a turn costs
/// this middleware three flag checks.
/// </summary>
public sealed class TurnTelemetryMiddleware(BotTelemetry telemetry) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!telemetry.Turns.Enabled && !telemetry.TurnDuration.Enabled && !BotTelemetry.Source.HasListeners())
        {
            await next(cancellationToken);
            return;
        }

        if (telemetry.TriageLevels.Enabled)
        {
            turnContext.OnSendActivities(CountTriageLevels);
        }

        var channel = BotTelemetry.ChannelTag(turnContext.Activity.ChannelId);
        var type = ActivityTypeTag(turnContext.Activity.Type);
        using var span = BotTelemetry.Source.StartActivity("turn " + type, ActivityKind.Internal);
        span?.SetTag("crampbot.channel", channel);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            await next(cancellationToken);
            outcome = "ok";
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            var tags = new TagList { { "channel", channel }, { "activity_type", type }, { "outcome", outcome } };
            telemetry.Turns.Add(1, tags);
            telemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            span?.SetTag("crampbot.outcome", outcome);
        }
    }

    private Task<ResourceResponse[]> CountTriageLevels(ITurnContext turnContext, List<Schema.Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        foreach (var activity in activities)
        {
            if (activity.ChannelData is JsonObject data && data["triage"] is JsonObject triage
                && triage["level"] is JsonValue value && value.TryGetValue<string>(out var level))
            {
                telemetry.TriageLevels.Add(1, new KeyValuePair<string, object?>("level", LevelTag(level)));
            }
        }

        return next();
    }

    // Levels are the bot's own short names; anything else is folded so a tag cannot carry arbitrary text.
    private static string LevelTag(string level) =>
        level.Length is > 0 and <= 32 && level.All(char.IsAsciiLetter) ? level : "other";

    private static string ActivityTypeTag(string? type) =>
        type is { Length: > 0 and <= 32 } && type.All(char.IsAsciiLetter) ? type : "other";
}
