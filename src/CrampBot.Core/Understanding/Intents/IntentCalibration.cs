namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// Cross-validation on the labelled examples themselves: how well the model does on examples it was not trained
/// on, and which temperature makes its probabilities honest. The values in intent-model.yaml come from here.
/// </summary>
public static class IntentCalibration
{
    /// <summary>Runs stratified k-fold cross-validation: every example is predicted once by a model that never saw it.</summary>
    /// <param name="source">The understanding files.</param>
    /// <param name="folds">Number of folds (examples are dealt to folds in file order within each label and locale, so the split is deterministic).</param>
    public static CrossValidationReport CrossValidate(UnderstandingSource source, int folds = 5) =>
        CrossValidate(IntentExamples.Load(source), IntentModelSettings.Load(source), IntentRules.Load(source), folds);

    internal static CrossValidationReport CrossValidate(IReadOnlyList<IntentExample> examples, IntentModelSettings settings, IntentRules rules, int folds)
    {
        var fold = new int[examples.Count];
        foreach (var group in examples.Select((e, i) => (e, i)).GroupBy(x => (x.e.Label, x.e.Locale)))
        {
            var k = 0;
            foreach (var (_, i) in group)
            {
                fold[i] = k++ % folds;
            }
        }

        var heldOut = new List<HeldOutPrediction>(examples.Count);
        for (var f = 0; f < folds; f++)
        {
            var training = examples.Where((_, i) => fold[i] != f).ToList();
            var classifier = IntentClassifier.Train(training, settings, rules);
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[i] != f)
                {
                    continue;
                }

                var normalized = IntentText.Normalize(examples[i].Text);
                var (logits, known) = classifier.Probabilities(normalized, temperature: 1.0);
                heldOut.Add(new HeldOutPrediction(examples[i], logits, known));
            }
        }

        var temperature = FitTemperature(heldOut);
        return new CrossValidationReport(heldOut, temperature, settings.Thresholds);
    }

    /// <summary>The temperature that minimises the held-out negative log-likelihood (grid search, 0.05 steps).</summary>
    private static double FitTemperature(IReadOnlyList<HeldOutPrediction> heldOut)
    {
        var best = (Temperature: 1.0, Loss: double.MaxValue);
        for (var t = 0.2; t <= 4.0001; t += 0.05)
        {
            var loss = heldOut.Sum(h => -Math.Log(Math.Max(1e-12, h.ProbabilitiesAt(t)[h.TrueClass])));
            if (loss < best.Loss)
            {
                best = (Math.Round(t, 2), loss);
            }
        }

        return best.Temperature;
    }
}

/// <summary>One example predicted by a model trained without it; <see cref="Probabilities"/> are at temperature 1.</summary>
public sealed record HeldOutPrediction(IntentExample Example, double[] Probabilities, double KnownShare)
{
    internal int TrueClass => IntentLabels.All.ToList().IndexOf(Example.Label);

    /// <summary>The probabilities re-tempered: p^(1/T), renormalised (the same as dividing the logits by T).</summary>
    public double[] ProbabilitiesAt(double temperature)
    {
        var result = new double[Probabilities.Length];
        var sum = 0.0;
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = Math.Pow(Math.Max(Probabilities[c], 1e-300), 1.0 / temperature);
            sum += result[c];
        }

        for (var c = 0; c < result.Length; c++)
        {
            result[c] /= sum;
        }

        return result;
    }

    /// <summary>The label with the highest probability.</summary>
    public string Predicted => IntentLabels.All[Array.IndexOf(Probabilities, Probabilities.Max())];
}

/// <summary>The outcome of <see cref="IntentCalibration.CrossValidate"/>.</summary>
/// <param name="HeldOut">Every example with its held-out prediction.</param>
/// <param name="FittedTemperature">The temperature that makes held-out probabilities honest.</param>
/// <param name="Configured">The thresholds in intent-model.yaml now.</param>
public sealed record CrossValidationReport(IReadOnlyList<HeldOutPrediction> HeldOut, double FittedTemperature, IntentThresholds Configured)
{
    /// <summary>Share of held-out examples whose top label is right, per locale.</summary>
    public double Accuracy(string locale) =>
        HeldOut.Where(h => h.Example.Locale == locale).Average(h => h.Predicted == h.Example.Label ? 1.0 : 0.0);

    /// <summary>
    /// At the fitted temperature, the share of held-out examples the bot would act on (probability at least
    /// <paramref name="confident"/>) and how many of those are right.
    /// </summary>
    public (double Coverage, double Precision) AtThreshold(double confident)
    {
        var acted = HeldOut.Select(h => (h, p: h.ProbabilitiesAt(FittedTemperature)))
            .Where(x => x.p.Max() >= confident)
            .ToList();
        var precision = acted.Count == 0 ? 1.0 : acted.Average(x => x.h.Predicted == x.h.Example.Label ? 1.0 : 0.0);
        return ((double)acted.Count / HeldOut.Count, precision);
    }
}
