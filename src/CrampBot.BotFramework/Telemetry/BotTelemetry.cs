using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrampBot.BotFramework.Telemetry;

/// <summary>
/// The bot's own traces and metrics, on the .NET APIs OpenTelemetry listens to (<see cref="ActivitySource"/>,
/// <see cref="Meter"/>). Tags carry channels, outcomes, status classes and triage levels only: never text, never
/// the id of a user or a conversation. With no listener (telemetry off, the default) each recording is a check of a
/// flag and returns.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source, for OpenTelemetry's AddMeter / AddSource.</summary>
    public const string Name = "CrampBot";

    private readonly Meter _meter;

    public BotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        Turns = _meter.CreateCounter<long>("crampbot.turns", "{turn}", "Turns run, by channel, activity type and outcome.");
        TurnDuration = _meter.CreateHistogram<double>("crampbot.turn.duration", "s", "How long a turn took from request to answer.");
        StorageDuration = _meter.CreateHistogram<double>("crampbot.storage.duration", "s", "How long a storage read, write or delete took.");
        StorageConflicts = _meter.CreateCounter<long>("crampbot.storage.conflicts", "{conflict}", "Writes refused because the stored ETag had changed.");
        ConnectorCalls = _meter.CreateCounter<long>("crampbot.connector.calls", "{call}", "Connector calls by operation and final status class.");
        ConnectorRetries = _meter.CreateCounter<long>("crampbot.connector.retries", "{retry}", "Connector attempts repeated after a 429, 502, 503 or 504.");
        TriageLevels = _meter.CreateCounter<long>("crampbot.triage.levels", "{reply}", "Replies that carried a triage level, by level.");
        DirectLineConnections = _meter.CreateUpDownCounter<long>("crampbot.directline.connections", "{connection}", "Open Direct Line WebSocket streams.");
        DirectLineConnectionsOpened = _meter.CreateCounter<long>("crampbot.directline.connections.opened", "{connection}", "Direct Line WebSocket streams opened.");
    }

    /// <summary>Spans for turns and connector calls.</summary>
    public static ActivitySource Source { get; } = new(Name);

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Histogram<double> StorageDuration { get; }

    public Counter<long> StorageConflicts { get; }

    public Counter<long> ConnectorCalls { get; }

    public Counter<long> ConnectorRetries { get; }

    public Counter<long> TriageLevels { get; }

    public UpDownCounter<long> DirectLineConnections { get; }

    public Counter<long> DirectLineConnectionsOpened { get; }

    /// <summary>"2xx", "4xx", ...: a status class, so a tag's values stay few.</summary>
    public static string StatusClass(int status) => status switch
    {
        0 => "none",
        >= 100 and < 600 => $"{status / 100}xx",
        _ => "other",
    };

    /// <summary>A channel id as a tag: the known channels by name, anything else as "other" (ids are chosen by callers).</summary>
    public static string ChannelTag(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        "msteams" or "webchat" or "directline" or "emulator" or "test" or "slack" or "telegram" or "facebook" or "sms" or "email" => channelId.ToLowerInvariant(),
        null or "" => "none",
        _ => "other",
    };

    public void Dispose() => _meter.Dispose();
}
