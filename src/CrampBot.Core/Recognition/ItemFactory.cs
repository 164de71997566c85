namespace CrampBot.Core.Recognition;

/// <summary>Turns a parsed span and its amounts into the public <see cref="Recognized"/> record.</summary>
internal static class ItemFactory
{
    public static Recognized Duration(
        string text, int start, int end, in DurationParts min, in DurationParts max, QuantityModifier modifier)
    {
        var minIso = min.ToIso();
        var maxIso = max.ToIso();
        if (minIso == maxIso)
        {
            maxIso = minIso;
        }

        var value = new DurationValue(minIso, maxIso, min.TotalSeconds, max.TotalSeconds);
        return new Recognized(RecognizedKind.Duration, start, end - start, text.Substring(start, end - start), value, modifier);
    }

    /// <summary>A rate needs a period longer than zero and finite counts ("every 0 days" is not one).</summary>
    public static bool IsUsablePeriod(double perAmount, double minCount, double maxCount) =>
        perAmount > 0 && double.IsFinite(perAmount) && double.IsFinite(minCount) && double.IsFinite(maxCount);

    public static Recognized Frequency(
        string text, int start, int end, double minCount, double maxCount, double perAmount, TimeUnit perUnit, QuantityModifier modifier)
    {
        // "半个月一次" is said per half month; the case files write that as {2, P1M}.
        if (perAmount < 1)
        {
            minCount /= perAmount;
            maxCount /= perAmount;
            perAmount = 1;
        }

        var per = DurationParts.Of(perUnit, perAmount);
        var value = new FrequencyValue(minCount, maxCount, per.ToIso(), per.TotalSeconds);
        return new Recognized(RecognizedKind.Frequency, start, end - start, text.Substring(start, end - start), value, modifier);
    }
}
