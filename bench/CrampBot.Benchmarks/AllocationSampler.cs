using System.Diagnostics.Tracing;

namespace CrampBot.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (GCAllocationTick: one event per ~100 KB allocated, naming the type that
/// crossed the mark) by type, so `turn-loop ... allocations` shows what a turn's allocated bytes are made of without a
/// profiler. Sampled, so small shares are noise; the top of the list is what is worth cutting.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile bool _counting;

    public void Start() => _counting = true;

    public IReadOnlyList<(string Type, long Bytes)> Stop()
    {
        _counting = false;
        lock (_gate)
        {
            return _bytesByType.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_counting || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is >= 0 and var t ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0L;
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
