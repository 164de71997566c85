using CrampBot.Core.Content;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>Which n-grams the classifier reads (lengths in characters, or in tokens for words).</summary>
internal sealed record NGramSettings(int LatinMin, int LatinMax, int CjkMin, int CjkMax, int WordMin, int WordMax);

/// <summary>How the model is trained: passes over the examples, AdaGrad base step, L2 shrinkage, the seed of the visiting order.</summary>
internal sealed record TrainingSettings(int Epochs, double LearningRate, double L2, int Seed);

/// <summary>
/// How sure the classifier must be, fitted by cross-validation on the examples (see <see cref="IntentCalibration"/>).
/// </summary>
/// <param name="Temperature">Logits are divided by it before the softmax, so probabilities match how often the model is right.</param>
/// <param name="Confident">At or above this probability the bot acts on the intent.</param>
/// <param name="Unsure">At or above this (and below <paramref name="Confident"/>) the bot asks which one was meant; below it, "not understood".</param>
/// <param name="MinKnownShare">A message whose features the model has mostly never seen ("asdfgh", "哈哈哈") is not understood, whatever the probabilities say.</param>
public sealed record IntentThresholds(double Temperature, double Confident, double Unsure, double MinKnownShare);

/// <summary>dialogs/understanding/intent-model.yaml: the model's features, training and thresholds, none of them hidden in code.</summary>
internal sealed record IntentModelSettings(NGramSettings NGrams, TrainingSettings Training, IntentThresholds Thresholds)
{
    public const string FileName = "intent-model.yaml";

    /// <exception cref="ContentException">A value is missing or out of range; the message names file and line.</exception>
    public static IntentModelSettings Load(UnderstandingSource source)
    {
        var root = source.ReadMapping(FileName);
        var path = source.PathOf(FileName);
        var errors = new List<ContentError>();

        var features = Section(root, "features", path, errors);
        var (latinMin, latinMax) = Range(features, "latin_char_ngrams", path, errors);
        var (cjkMin, cjkMax) = Range(features, "chinese_char_ngrams", path, errors);
        var (wordMin, wordMax) = Range(features, "word_ngrams", path, errors);

        var training = Section(root, "training", path, errors);
        var epochs = (int)YamlRead.Number(training, "epochs", path, errors, 1);
        var rate = YamlRead.Number(training, "learning_rate", path, errors, 0.1);
        var l2 = YamlRead.Number(training, "l2", path, errors);
        var seed = (int)YamlRead.Number(training, "seed", path, errors);

        var calibration = Section(root, "calibration", path, errors);
        var thresholds = new IntentThresholds(
            YamlRead.Number(calibration, "temperature", path, errors, 1),
            YamlRead.Number(calibration, "confident", path, errors, 1),
            YamlRead.Number(calibration, "unsure", path, errors, 1),
            YamlRead.Number(calibration, "min_known_share", path, errors));

        if (epochs < 1 || rate <= 0 || l2 < 0)
        {
            errors.Add(new ContentError(path, YamlRead.Line(training), "training needs epochs ≥ 1, learning_rate > 0 and l2 ≥ 0"));
        }

        if (thresholds.Temperature <= 0 || thresholds.Unsure < 0 || thresholds.Unsure > thresholds.Confident || thresholds.Confident > 1
            || thresholds.MinKnownShare is < 0 or > 1)
        {
            errors.Add(new ContentError(path, YamlRead.Line(calibration), "calibration needs temperature > 0 and 0 ≤ unsure ≤ confident ≤ 1, 0 ≤ min_known_share ≤ 1"));
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new IntentModelSettings(
            new NGramSettings(latinMin, latinMax, cjkMin, cjkMax, wordMin, wordMax),
            new TrainingSettings(epochs, rate, l2, seed),
            thresholds);
    }

    private static YamlMappingNode Section(YamlMappingNode root, string key, string path, List<ContentError> errors)
    {
        if (YamlRead.Child(root, key) is YamlMappingNode map)
        {
            return map;
        }

        errors.Add(new ContentError(path, YamlRead.Line(root), $"missing section '{key}'"));
        return new YamlMappingNode();
    }

    private static (int Min, int Max) Range(YamlMappingNode map, string key, string path, List<ContentError> errors)
    {
        if (YamlRead.Child(map, key) is YamlSequenceNode { Children.Count: 2 } pair
            && int.TryParse(YamlRead.Scalar(pair.Children[0]), out var min) && int.TryParse(YamlRead.Scalar(pair.Children[1]), out var max)
            && min >= 1 && max >= min && max <= 8)
        {
            return (min, max);
        }

        errors.Add(new ContentError(path, YamlRead.Line(YamlRead.Child(map, key) ?? map), $"'{key}' must be [min, max] with 1 ≤ min ≤ max ≤ 8"));
        return (1, 1);
    }
}
