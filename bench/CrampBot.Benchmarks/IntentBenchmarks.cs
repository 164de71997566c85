using BenchmarkDotNet.Attributes;
using CrampBot.Core.Intents;
using CrampBot.Core.Understanding.Intents;

namespace CrampBot.Benchmarks;

/// <summary>
/// What understanding an intent costs. Per message: the trained classifier (<see cref="IntentClassifier"/>) against
/// the regular-expression recognizer it replaced, on the same corpus in the same run (this machine is noisy, so the
/// ratio is the figure to compare). Once per process: reading dialogs/understanding/ and training the model.
/// Target: well under 1 ms per message; training well under 300 ms.
/// Run: dotnet run -c Release --project bench/CrampBot.Benchmarks -- --filter '*IntentBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IntentBenchmarks
{
    /// <summary>Messages of our own (not from the evaluation sets), short and long, both languages, typos and emoji.</summary>
    private static readonly string[] Corpus =
    [
        "my calf is cramping right now",
        "cramppp in my calff rn owww",
        "I've been getting calf cramps about three nights a week since spring, each one a minute or two, is that normal?",
        "what causes cramps at night",
        "does magnesium help",
        "is quinine ok to take for cramps?",
        "I'm 28 weeks pregnant and my calves cramp every night",
        "cancel",
        "English please",
        "thanks!!",
        "idk",
        "yes",
        "no, not really",
        "my shoulder has been aching for a week",
        "hello",
        "so last night I wake up and my calf is a rock for five minutes, then it was sore all day and I couldn't walk properly",
        "抽筋了",
        "小腿正在抽，怎么办",
        "这两个月晚上经常腿抽筋，一周三次左右，每次一两分钟",
        "夜里腿抽筋一般是什么原因引起的",
        "要不要补钙",
        "magnesium对抽筋有用吗",
        "怀孕五个月了，晚上老抽筋",
        "教我几个拉伸小腿的动作",
        "取消",
        "换成中文",
        "谢谢🙏",
        "不知道",
        "没有",
        "我最近肩膀一直疼",
        "你好",
        "昨天夜里小腿抽了好几分钟，现在还酸，要不要去看医生？",
    ];

    private IntentClassifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = IntentClassifier.Default;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 32)]
    public int RegexRecognizerBaseline()
    {
        var found = 0;
        foreach (var text in Corpus)
        {
            found += (int)RegexIntentBaseline.Recognize(text).Intent;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 32)]
    public int ClassifyPerMessage()
    {
        var found = 0;
        foreach (var text in Corpus)
        {
            found += _classifier.Classify(text).Label.Length;
        }

        return found;
    }

    /// <summary>Reading, checking and training from the compiled-in dialogs/understanding/ files: what start-up pays once.</summary>
    [Benchmark]
    public int LoadAndTrain() => IntentClassifier.Build(UnderstandingSource.Embedded()).ExampleCount;
}
