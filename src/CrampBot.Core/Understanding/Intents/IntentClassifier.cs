using System.Runtime.InteropServices;
using CrampBot.Core.Content;
using CrampBot.Core.Intents;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Classifies one message into one of the 23 intent labels of <see cref="IntentLabels"/>, with a calibrated
/// confidence and an honest "not understood". Thread-safe, deterministic, no I/O after construction.
/// </summary>
/// <remarks>
/// Built from dialogs/understanding/: the labelled examples (intents.&lt;locale&gt;.yaml) train a multinomial logistic
/// regression over character and word n-grams (<see cref="SoftmaxRegression"/>, <see cref="NGramFeatures"/>);
/// intent-model.yaml holds its settings and calibrated thresholds; intent-rules.yaml holds the rules that run
/// before it (see <see cref="IntentRules"/> for how they combine). One model reads both languages, so mixed
/// messages ("magnesium有用吗", "中文 please") need no language detection.
/// </remarks>
public sealed class IntentClassifier
{
    /// <summary>How many labels <see cref="IntentPrediction.Ranked"/> lists.</summary>
    public const int RankedCount = 4;

    private static readonly Lazy<IntentClassifier> DefaultInstance = new(() => Build(UnderstandingSource.Embedded()));

    private readonly SoftmaxRegression _model;
    private readonly NGramFeatures _features;
    private readonly IntentRules _rules;

    private IntentClassifier(SoftmaxRegression model, NGramFeatures features, IntentRules rules, IntentThresholds thresholds, int exampleCount)
    {
        _model = model;
        _features = features;
        _rules = rules;
        Thresholds = thresholds;
        ExampleCount = exampleCount;
    }

    /// <summary>
    /// The classifier built from the copy of dialogs/understanding/ compiled into CrampBot.Core, trained on first
    /// use (about 200 ms on two busy cores). Hosts start it early (<see cref="BeginTraining"/>) and wait for it before
    /// they listen, so the first message pays nothing.
    /// </summary>
    public static IntentClassifier Default => DefaultInstance.Value;

    /// <summary>
    /// Starts training <see cref="Default"/> on a pool thread and returns at once, so a host can build everything else
    /// meanwhile. Whoever reads <see cref="Default"/> later waits for this training (or sees its error); it never
    /// trains twice.
    /// </summary>
    public static void BeginTraining() => _ = Task.Run(() => DefaultInstance.Value);

    /// <summary>The thresholds in use (from intent-model.yaml).</summary>
    public IntentThresholds Thresholds { get; }

    /// <summary>How many labelled examples it was trained on.</summary>
    public int ExampleCount { get; }

    /// <summary>Loads, checks and trains from the understanding files of a dialogs folder.</summary>
    /// <exception cref="ContentException">A file is missing or wrong; the message names file and line.</exception>
    public static IntentClassifier Load(string dialogsFolder) => Build(UnderstandingSource.FromDialogsFolder(dialogsFolder));

    /// <summary>Loads, checks and trains from <paramref name="source"/>.</summary>
    /// <exception cref="ContentException">A file is missing or wrong; the message names file and line.</exception>
    public static IntentClassifier Build(UnderstandingSource source)
    {
        var errors = new List<ContentError>();
        IReadOnlyList<IntentExample> examples = [];
        IntentModelSettings? settings = null;
        IntentRules? rules = null;
        Collect(() => examples = IntentExamples.Load(source), errors);
        Collect(() => settings = IntentModelSettings.Load(source), errors);
        Collect(() => rules = IntentRules.Load(source), errors);
        if (errors.Count > 0 || settings is null || rules is null)
        {
            throw new ContentException(errors);
        }

        return Train(examples, settings, rules);
    }

    internal static IntentClassifier Train(IReadOnlyList<IntentExample> examples, IntentModelSettings settings, IntentRules rules)
    {
        var features = new NGramFeatures(settings.NGrams);
        var labels = IntentLabels.All;
        var rows = examples.Select(e => (Featurize(features, IntentText.Normalize(e.Text)), IndexOf(labels, e.Label))).ToList();
        var model = SoftmaxRegression.Train(rows, labels.Count, settings.Training);
        return new IntentClassifier(model, features, rules, settings.Thresholds, examples.Count);
    }

    /// <summary>
    /// Classifies <paramref name="text"/>. <paramref name="locale"/> ("en-US", "zh-CN", null) is accepted for callers
    /// that have it but changes nothing today: one model reads both languages, so "中文 please" and "magnesium有用吗" work.
    /// </summary>
    public IntentPrediction Classify(string? text, string? locale = null)
    {
        var normalized = IntentText.Normalize(text);
        if (normalized.Length == 0 || IsOnlyANumber(normalized))
        {
            // A bare number ("3", "42") answers a question ("how many nights?"); it is no intent of its own.
            return IntentPrediction.NotUnderstood([]);
        }

        if (_rules.WholeMessage(normalized) is { } fixedLabel)
        {
            return new IntentPrediction(fixedLabel, 1.0, IntentBand.Confident, [new RankedLabel(fixedLabel, 1.0)], Target(fixedLabel, normalized), IntentSource.Rule);
        }

        if (_rules.IsVague(normalized))
        {
            var offered = _rules.Offered.Select(l => new RankedLabel(l, Thresholds.Unsure)).ToList();
            return new IntentPrediction(offered[0].Label, Thresholds.Unsure, IntentBand.Unsure, offered, null, IntentSource.Rule);
        }

        Span<double> probabilities = stackalloc double[_model.Classes];
        var knownShare = Probabilities(normalized, Thresholds.Temperature, probabilities);
        var ranked = Rank(probabilities);
        var best = ranked[0];
        if ((best.Label == CrampNow || ranked[1].Label == CrampNow) && _rules.SaysNow(normalized))
        {
            var now = ranked.First(r => r.Label == CrampNow);
            return new IntentPrediction(CrampNow, Math.Max(now.Probability, Thresholds.Confident), IntentBand.Confident, ranked, null, IntentSource.Rule);
        }

        if (best.Label == CrampNow && best.Probability < _rules.PastOverrulesBelow && _rules.SaysPastOnly(normalized))
        {
            var described = probabilities[DescribeSymptomsIndex];
            return new IntentPrediction(DescribeSymptoms, Math.Max(described, Thresholds.Confident), IntentBand.Confident, ranked, null, IntentSource.Rule);
        }

        var band = knownShare < Thresholds.MinKnownShare || best.Probability < Thresholds.Unsure
            ? IntentBand.None
            : best.Probability >= Thresholds.Confident ? IntentBand.Confident : IntentBand.Unsure;
        if (band == IntentBand.None)
        {
            return IntentPrediction.NotUnderstood(ranked);
        }

        return new IntentPrediction(best.Label, best.Probability, band, ranked, Target(best.Label, normalized), IntentSource.Model);
    }

    /// <summary>The model's probabilities for every label (in <see cref="IntentLabels.All"/> order) at a given temperature, and the share of known features.</summary>
    internal (double[] Probabilities, double KnownShare) Probabilities(string normalized, double temperature)
    {
        var probabilities = new double[_model.Classes];
        var known = Probabilities(normalized, temperature, probabilities);
        return (probabilities, known);
    }

    // The same into a caller's buffer: a message's features and scores live in reused and stack memory.
    private double Probabilities(string normalized, double temperature, Span<double> probabilities)
    {
        var features = _featureBuffer ??= new List<ulong>(512);
        features.Clear();
        _features.Extract(normalized, features);
        Span<float> scores = stackalloc float[_model.ScoresLength];
        var known = _model.Logits(CollectionsMarshal.AsSpan(features), scores);
        SoftmaxRegression.Softmax(scores[.._model.Classes], (float)temperature);
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = scores[c];
        }

        return known;
    }

    // The feature hashes of the message at hand, reused on each thread.
    [ThreadStatic]
    private static List<ulong>? _featureBuffer;

    private static readonly string CrampNow = IntentLabels.ToLabel(Intent.CrampNow);
    private static readonly string DescribeSymptoms = IntentLabels.ToLabel(Intent.SymptomCheck);
    private static readonly int DescribeSymptomsIndex = IndexOf(IntentLabels.All, DescribeSymptoms);

    private string? Target(string label, string normalized) =>
        label == IntentLabels.ToLabel(Intent.ChangeLanguage) ? _rules.LanguageTarget(normalized) : null;

    /// <summary>The <see cref="RankedCount"/> likeliest labels, best first (ties: the earlier label).</summary>
    private static List<RankedLabel> Rank(ReadOnlySpan<double> probabilities)
    {
        var labels = IntentLabels.All;
        Span<bool> taken = stackalloc bool[probabilities.Length];
        var ranked = new List<RankedLabel>(RankedCount);
        for (var k = 0; k < RankedCount && k < probabilities.Length; k++)
        {
            var best = -1;
            for (var i = 0; i < probabilities.Length; i++)
            {
                if (!taken[i] && (best < 0 || probabilities[i] > probabilities[best]))
                {
                    best = i;
                }
            }

            taken[best] = true;
            ranked.Add(new RankedLabel(labels[best], probabilities[best]));
        }

        return ranked;
    }

    private static bool IsOnlyANumber(string normalized)
    {
        var digit = false;
        foreach (var ch in normalized)
        {
            if (char.IsLetter(ch) || IntentText.IsCjk(ch))
            {
                return false;
            }

            digit |= char.IsDigit(ch);
        }

        return digit;
    }

    private static ulong[] Featurize(NGramFeatures features, string normalized)
    {
        var list = new List<ulong>(128);
        features.Extract(normalized, list);
        return list.ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown label '{label}'", nameof(label));
    }

    private static void Collect(Action load, List<ContentError> errors)
    {
        try
        {
            load();
        }
        catch (ContentException ex)
        {
            errors.AddRange(ex.Errors.Count > 0 ? ex.Errors : [new ContentError(UnderstandingSource.Folder, 0, ex.Message)]);
        }
    }
}
