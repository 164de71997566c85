using BenchmarkDotNet.Attributes;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;

namespace CrampBot.Benchmarks;

/// <summary>
/// Stage: the rule service. A turn assesses the report once or twice (the next question, the advice) and scans every
/// message for new red flags (<see cref="TriageRules.Fired"/> on the report before and after it), so these are
/// per-turn costs. The reports are read from messages of our own, both languages, from nothing known to a red flag
/// with answers the user was not sure of.
/// Run: dotnet run -c Release --project bench/CrampBot.Benchmarks -- --filter '*RulesBenchmarks*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RulesBenchmarks
{
    private static readonly (string Text, string Locale)[] Stories =
    [
        ("my calf cramps at night", "en-US"),
        ("my calf cramps at night about 3 nights a week, each one a couple of minutes, I take a statin", "en-US"),
        ("my left calf is swollen, red and warm and it has been getting worse for a week", "en-US"),
        ("I'm 70 and my feet cramp every night, my legs feel weak and I have diabetes", "en-US"),
        ("晚上小腿抽筋，一周三次左右，每次一两分钟", "zh-CN"),
        ("怀孕五个月了，晚上老抽筋，左腿有点肿", "zh-CN"),
    ];

    private TriageRules _rules = null!;
    private SymptomReport[] _reports = [];

    [GlobalSetup]
    public void Setup()
    {
        _rules = DialogsContent.Load(TurnHarness.FindDialogs()).Rules;
        var read = Stories.Select(s => FactExtractor.Extract(s.Text, s.Locale)).ToList();

        // The same stories once more with the emergency signs answered "not sure", as after a checklist.
        var unsure = read.Select(r => r.With(Facts.ColdPaleFoot, FactValue.DontKnow).With(Facts.BreathlessChestPain, FactValue.No));
        _reports = [.. read, .. unsure];
    }

    /// <summary>The whole assessment: level, causes and why, advice, and what is still worth asking.</summary>
    [Benchmark(OperationsPerInvoke = 12)]
    public int Assess()
    {
        var n = 0;
        foreach (var report in _reports)
        {
            n += _rules.Assess(report).Missing.Count;
        }

        return n;
    }

    /// <summary>The red-flag scan's part: which rules fire on what was stated.</summary>
    [Benchmark(OperationsPerInvoke = 12)]
    public int Fired()
    {
        var n = 0;
        foreach (var report in _reports)
        {
            n += _rules.Fired(report).Count;
        }

        return n;
    }
}
