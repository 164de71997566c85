using System.Diagnostics;
using CrampBot.BotFramework.State;

namespace CrampBot.Benchmarks;

/// <summary>
/// `turn-loop SECONDS [memory|sqlite] [allocations]`: runs the benchmark conversation over and over in one process, with no
/// HTTP, so a profiler (dotnet-trace collect -p PID) can attach and see where the bot's own time and
/// allocations go. Prints turns per second, CPU time and allocated bytes per turn at the end; with `allocations`, also the
/// types that make up those bytes (sampled by the runtime's allocation events, which slow the loop a little).
/// </summary>
internal static class TurnLoop
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 20;
        var provider = args.Length > 2 && args[2] == "sqlite" ? StorageProviders.Sqlite : StorageProviders.Memory;
        using var sampler = args.Contains("allocations") ? new AllocationSampler() : null;
        using var harness = new TurnHarness(provider);
        Console.WriteLine($"pid {Environment.ProcessId}: {provider}, {seconds} s");

        // Warm-up, so tiered compilation has settled before anything is counted.
        for (var i = 0; i < 200; i++)
        {
            await harness.RunConversationAsync();
        }

        var turns = 0L;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        sampler?.Start();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await harness.RunConversationAsync();
            turns += TurnHarness.Conversation.Length;
        }

        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / turns;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var samples = sampler?.Stop();
        Console.WriteLine($"{turns / clock.Elapsed.TotalSeconds:F0} turns/s, {cpuPerTurn:F0} µs CPU per turn, {bytes / turns / 1024.0:F1} KB allocated per turn");
        if (samples is not null)
        {
            var sampled = Math.Max(1, samples.Sum(p => p.Bytes));
            foreach (var (type, sampledBytes) in samples.Take(30))
            {
                Console.WriteLine($"{100.0 * sampledBytes / sampled,5:F1} %  {sampledBytes / (double)turns / 1024.0,6:F2} KB/turn  {type}");
            }
        }
        return 0;
    }
}
