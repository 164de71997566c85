using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrampBot.Core.Recognition;

namespace CrampBot.Benchmarks;

/// <summary>
/// Steady-state cost of one recognizer call on the mixed corpus. Each invocation runs the whole corpus, and
/// OperationsPerInvoke makes BenchmarkDotNet report time and allocation per utterance.
/// Target: median ≤ 5 µs and ≤ 1 KB allocated per utterance.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecognizerBenchmarks
{
    private static readonly string[] Corpus = RecognizerCorpus.Utterances;

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
