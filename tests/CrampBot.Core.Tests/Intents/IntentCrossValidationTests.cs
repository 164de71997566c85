using CrampBot.Core.Content;
using CrampBot.Core.Understanding.Intents;
using Xunit;

namespace CrampBot.Core.Tests.Intents;

/// <summary>
/// Five-fold cross-validation on our own examples: every example is classified by a model that never saw it, the
/// nearest thing to unseen messages that we own. Also checks that the temperature in intent-model.yaml is still
/// the one the examples call for, so adding examples cannot silently make the confidence dishonest.
/// </summary>
public sealed class IntentCrossValidationTests
{
    private const double MinimumAccuracy = 0.72;

    private static readonly Lazy<CrossValidationReport> Report = new(() =>
        IntentCalibration.CrossValidate(UnderstandingSource.FromDialogsFolder(RepoPaths.Dialogs)));

    [Theory]
    [InlineData(Locales.English)]
    [InlineData(Locales.SimplifiedChinese)]
    public void Held_out_examples_are_classified_well(string locale)
    {
        var report = Report.Value;
        var accuracy = report.Accuracy(locale);
        var misses = report.HeldOut.Where(h => h.Example.Locale == locale && h.Predicted != h.Example.Label)
            .Select(h => $"  line {h.Example.Line}: '{h.Example.Text}' ({h.Example.Label}) -> {h.Predicted}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{locale}: cross-validated accuracy {accuracy:P1}{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");

        Assert.True(accuracy >= MinimumAccuracy, $"{locale}: cross-validated accuracy {accuracy:P1} < {MinimumAccuracy:P0}");
    }

    [Fact]
    public void The_configured_temperature_is_the_fitted_one()
    {
        var report = Report.Value;
        var lines = new[] { 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8 }
            .Select(t => (t, report.AtThreshold(t)))
            .Select(x => $"  confident ≥ {x.t:F2}: acts on {x.Item2.Coverage:P1} of held-out examples, {x.Item2.Precision:P1} of them right");
        TestContext.Current.TestOutputHelper?.WriteLine($"fitted temperature {report.FittedTemperature:F2} (configured {report.Configured.Temperature:F2}){Environment.NewLine}{string.Join(Environment.NewLine, lines)}");

        Assert.InRange(report.Configured.Temperature, report.FittedTemperature * 0.75, report.FittedTemperature * 1.25);
    }
}
