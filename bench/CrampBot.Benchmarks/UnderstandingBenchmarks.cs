using BenchmarkDotNet.Attributes;
using CrampBot.Core.Recognition;
using CrampBot.Core.Understanding;
using CrampBot.Core.Understanding.Intents;

namespace CrampBot.Benchmarks;

/// <summary>
/// Cost of the understanding step per message (target for issue 13: median at most 60 µs and 20 KB) and of loading its vocabularies
/// at start-up. Baseline in the same run: the bare quantity recognizer on the same messages, which the step
/// also runs, so the ratio shows what facts and context add. Messages written for this suite.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class UnderstandingBenchmarks
{
    private static readonly string[] Messages =
    [
        "my left calf cramps most nights, lasts a minute or two, no swelling or redness",
        "no swelling but my foot has gone pale and cold and I can't move my toes",
        "I'm on atorvastatin and my pee looks like cola since yesterday's long run",
        "asking for my mum, 78, her calf is swollen and warm since her flight, she's a bit breathless",
        "had a clot 2 years ago, now just ordinary cramps, not sure if my ankle is puffy",
        "cramo in my calve rn its rock solid ow ow, started about 20 mins ago and wont let go",
        "I stepped on a rusty nail two weeks ago and now my jaw feels stiff",
        "why do my legs cramp at night?",
        "左小腿肿了，摸着发烫，还有点喘不上气",
        "我妈六十多岁，晚上腿肚子老抽筋，一周三四次，每次几分钟，脚不凉也不发白",
        "在吃他汀，最近小便颜色像浓茶",
        "不确定尿是不是变深了，去年骨折过",
        "抽筋了！！怎么办",
        "走路走一段小腿就疼，停下来歇一会就好了",
        "my feet are numb and tingly and I have type 2 diabetes",
        "thanks, that helped",
    ];

    private Understander _understander = null!;

    [GlobalSetup]
    public void Setup() => _understander = Understander.Default;

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int RecognizerOnly()
    {
        var found = 0;
        foreach (var text in Messages)
        {
            found += QuantityRecognizer.Recognize(text).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int FactsAndContext()
    {
        var found = 0;
        foreach (var text in Messages)
        {
            found += _understander.Facts(text).Count;
        }

        return found;
    }

    /// <summary>The intent classifier alone on the same messages: Understand is roughly this plus facts plus quantities.</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public int IntentOnly()
    {
        var found = 0;
        foreach (var text in Messages)
        {
            found += IntentClassifier.Default.Classify(text, "en-US").Label.Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int Understand()
    {
        var found = 0;
        foreach (var text in Messages)
        {
            found += _understander.Understand(text, "en-US").Facts.Count;
        }

        return found;
    }

    /// <summary>Start-up: parse and validate the four YAML files and compile every phrase.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int LoadVocabularies() => UnderstandingData.LoadEmbedded().Vocabularies.Sum(v => v.Entries.Count);
}
