using System.Diagnostics;
using CrampBot.Core.Recognition;

namespace CrampBot.Benchmarks;

/// <summary>
/// `first-call`: times the very first Recognize call in this process (static set-up and JIT included) and
/// prints wall-clock and process CPU milliseconds. Run it several times for fresh-process figures without
/// BenchmarkDotNet's own start-up; on a busy machine the CPU figure is the steadier one.
/// </summary>
internal static class FirstCallProbe
{
    public static int Run()
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var text = Environment.GetEnvironmentVariable("PROBE_TEXT") ?? "most nights, two or three minutes each time; 一周三四次";
        var count = text == "none" ? 3 : QuantityRecognizer.Recognize(text).Count;
        sw.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"first call: {sw.Elapsed.TotalMilliseconds:0.00} ms wall, {cpu.TotalMilliseconds:0.00} ms CPU ({count} items)");
        return count == 3 ? 0 : 1;
    }
}
