using System.Diagnostics;
using CrampBot.BotFramework.State;

namespace CrampBot.Benchmarks;

/// <summary>
/// `turn-loop SECONDS [memory|sqlite]`: runs the benchmark conversation over and over in one process, with no
/// HTTP, so a profiler (dotnet-trace collect -p PID) can attach and see where the bot's own time and
/// allocations go. Prints turns per second and allocated bytes per turn at the end.
/// </summary>
internal static class TurnLoop
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 20;
        var provider = args.Length > 2 && args[2] == "sqlite" ? StorageProviders.Sqlite : StorageProviders.Memory;
        using var harness = new TurnHarness(provider);
        Console.WriteLine($"pid {Environment.ProcessId}: {provider}, {seconds} s");

        // Warm-up, so tiered compilation has settled before anything is counted.
        for (var i = 0; i < 200; i++)
        {
            await harness.RunConversationAsync();
        }

        var turns = 0L;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await harness.RunConversationAsync();
            turns += TurnHarness.Conversation.Length;
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"{turns / clock.Elapsed.TotalSeconds:F0} turns/s, {bytes / turns / 1024.0:F1} KB allocated per turn");
        return 0;
    }
}
