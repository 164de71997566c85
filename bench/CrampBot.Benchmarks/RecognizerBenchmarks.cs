using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrampBot.Core.Recognition;

namespace CrampBot.Benchmarks;

/// <summary>
/// Steady-state cost of one recognizer call on the mixed corpus. Each invocation runs the whole corpus, and
/// OperationsPerInvoke makes BenchmarkDotNet report time and allocation per utterance.
/// Target: median ≤ 5 µs and ≤ 1 KB allocated per utterance.
/// The baseline is a bare regular-expression scan for "a number and a unit" over the same corpus: the least any
/// recognizer does. This machine is noisy, so the ratio to it, measured in the same run, is the figure to compare.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class RecognizerBenchmarks
{
    private static readonly string[] Corpus = RecognizerCorpus.Utterances;

    [GeneratedRegex(@"\d+\s*(?:min(?:ute)?s?|sec(?:ond)?s?|hours?|times?|nights?)|[一二两三四五六七八九十几半\d]+\s*(?:分钟|秒|小时|次|晚)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndUnit();

    [Benchmark(Baseline = true, OperationsPerInvoke = 32)]
    public int RegexScanBaseline()
    {
        var found = 0;
        foreach (var text in Corpus)
        {
            found += NumberAndUnit().Count(text);
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 32)]
    public int RecognizeMixedCorpus()
    {
        var found = 0;
        foreach (var text in Corpus)
        {
            found += QuantityRecognizer.Recognize(text).Count;
        }

        return found;
    }
}

/// <summary>
/// First call in a fresh process, static set-up included: every launch is a new process and the single
/// measured invocation is the first one. Target ≤ 20 ms.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 8, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
[MedianColumn]
public class RecognizerFirstCallBenchmarks
{
    [Benchmark]
    public int FirstCall() => QuantityRecognizer.Recognize("most nights, two or three minutes each time; 一周三四次").Count;
}
