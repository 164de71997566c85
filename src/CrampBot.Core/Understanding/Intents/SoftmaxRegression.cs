using System.Numerics;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Multinomial logistic regression over sparse hashed features, written by hand.
/// </summary>
/// <remarks>
/// Why not ML.NET: Microsoft.ML 6.0.0 restores here, but measured on the same examples and the same (busy, shared)
/// machine in the same hour, its SDCA maximum-entropy trainer over FeaturizeText took about 70 s to train and make
/// its first prediction and left the process at 76 MiB resident (from 29 MiB), against 4–6 s and 50 MiB (from
/// 24 MiB) for this class. Issue 13's budgets are 60 MiB resident for the whole idle host and a first answer within
/// 1 s of start-up, so ML.NET does not fit. This model is a few hundred lines with no dependencies, trains on
/// dialogs/understanding/ at start-up and classifies a message in microseconds (see IntentBenchmarks).
/// <para>
/// Training: stochastic gradient descent with an AdaGrad step size per feature (shared by its class weights, so
/// one square root per feature and example) and L2 shrinkage, examples visited in an order drawn from a fixed
/// seed, so the same files always give the same weights. Class weights of a feature sit side by side and are
/// updated with SIMD vectors. Features are binary and the vector
/// is scaled to unit length, so a long rambling message does not outvote a short one.
/// </para>
/// </remarks>
internal sealed class SoftmaxRegression
{
    private readonly Dictionary<ulong, int> _featureIndex;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _stride;

    private SoftmaxRegression(Dictionary<ulong, int> featureIndex, float[] weights, float[] bias, int classes, int stride)
    {
        _featureIndex = featureIndex;
        _weights = weights;
        _bias = bias;
        Classes = classes;
        _stride = stride;
    }

    public int Classes { get; }

    /// <summary>How many distinct features the training examples had.</summary>
    public int FeatureCount => _featureIndex.Count;

    /// <summary>Trains on <paramref name="examples"/> (feature hashes, class index).</summary>
    public static SoftmaxRegression Train(IReadOnlyList<(ulong[] Features, int Class)> examples, int classes, TrainingSettings settings)
    {
        var stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var index = new Dictionary<ulong, int>();
        var rows = new (int[] Features, int Class)[examples.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            var ids = new List<int>(examples[e].Features.Length);
            foreach (var hash in examples[e].Features)
            {
                if (!index.TryGetValue(hash, out var id))
                {
                    id = index.Count;
                    index[hash] = id;
                }

                ids.Add(id);
            }

            rows[e] = (ids.Distinct().ToArray(), examples[e].Class);
        }

        var weights = new float[index.Count * stride];
        var squared = new float[index.Count];
        var bias = new float[stride];
        var biasSquared = new float[stride];
        var scores = new float[stride];
        var gradient = new float[stride];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(settings.Seed);
        var rate = (float)settings.LearningRate;
        var shrink = (float)settings.L2;
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (features, target) = rows[r];
                var value = 1f / MathF.Sqrt(features.Length);
                Scores(features, value, weights, bias, stride, scores);
                Softmax(scores.AsSpan(0, classes), 1f);
                var norm = 0f;
                for (var c = 0; c < classes; c++)
                {
                    gradient[c] = scores[c] - (c == target ? 1f : 0f);
                    norm += gradient[c] * gradient[c];
                    biasSquared[c] += gradient[c] * gradient[c];
                    bias[c] -= rate * gradient[c] / MathF.Sqrt(biasSquared[c] + 1e-6f);
                }

                var gradientVector = new Span<float>(gradient);
                foreach (var f in features)
                {
                    squared[f] += norm * value * value;
                    var step = rate / MathF.Sqrt(squared[f] + 1e-6f);
                    var row = weights.AsSpan(f * stride, stride);
                    for (var c = 0; c < stride; c += Vector<float>.Count)
                    {
                        var w = new Vector<float>(row[c..]);
                        var g = (new Vector<float>(gradientVector[c..]) * value) + (w * shrink);
                        (w - (g * step)).CopyTo(row[c..]);
                    }
                }
            }
        }

        return new SoftmaxRegression(index, weights, bias, classes, stride);
    }

    /// <summary>
    /// The raw class scores (logits) of a message into <paramref name="scores"/> (length at least the padded class
    /// count); returns the share of its distinct features the model has seen in training (0 when it knows none).
    /// </summary>
    public double Logits(Span<ulong> hashes, Span<float> scores)
    {
        hashes.Sort();
        Span<int> known = hashes.Length <= 512 ? stackalloc int[512] : new int[hashes.Length];
        var distinct = 0;
        var count = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i > 0 && hashes[i] == hashes[i - 1])
            {
                continue;
            }

            distinct++;
            if (_featureIndex.TryGetValue(hashes[i], out var id))
            {
                known[count++] = id;
            }
        }

        var value = distinct == 0 ? 0f : 1f / MathF.Sqrt(distinct);
        Scores(known[..count], value, _weights, _bias, _stride, scores);
        return distinct == 0 ? 0 : (double)count / distinct;
    }

    /// <summary>The length a scores buffer needs (the class count padded to whole SIMD vectors).</summary>
    public int ScoresLength => _stride;

    /// <summary>Turns logits into probabilities in place, dividing them by <paramref name="temperature"/> first.</summary>
    public static void Softmax(Span<float> scores, float temperature)
    {
        var max = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= temperature;
            max = MathF.Max(max, scores[c]);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    private static void Scores(ReadOnlySpan<int> features, float value, float[] weights, float[] bias, int stride, Span<float> scores)
    {
        var total = scores[..stride];
        bias.AsSpan(0, stride).CopyTo(total);
        foreach (var f in features)
        {
            var row = weights.AsSpan(f * stride, stride);
            for (var c = 0; c < stride; c += Vector<float>.Count)
            {
                (new Vector<float>(total[c..]) + (new Vector<float>(row[c..]) * value)).CopyTo(total[c..]);
            }
        }
    }
}
