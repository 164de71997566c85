using CrampBot.Core.Recognition;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Understanding;

/// <summary>Turns the recognizer's durations and frequencies into the report's numbers (minutes, times a week).</summary>
public static class Quantities
{
    /// <summary>How often, as cramps per week, from free text ("most nights", "一周三四次"); null when none is stated.</summary>
    public static NumberRange? PerWeek(string text, string locale)
    {
        var frequency = QuantityRecognizer.Recognize(text, locale).Select(r => r.Frequency).FirstOrDefault(f => f is not null);
        return frequency is null ? null : Round(frequency.MinPerWeek, frequency.MaxPerWeek);
    }

    /// <summary>How long one cramp lasts, in minutes ("a couple of minutes", "十几分钟"); null when none is stated.</summary>
    public static NumberRange? Minutes(string text, string locale)
    {
        var item = QuantityRecognizer.Recognize(text, locale).FirstOrDefault(r => r.Duration is not null);
        if (item?.Duration is not { } duration)
        {
            return null;
        }

        var min = duration.MinSeconds / 60;
        var max = duration.MaxSeconds / 60;
        return item.Modifier switch
        {
            // "more than 10 minutes" is open-ended; "less than a minute" starts at zero.
            QuantityModifier.More => new NumberRange(Math.Max(min, 0) + 0.5, double.PositiveInfinity),
            QuantityModifier.Less => new NumberRange(0, max),
            _ => Round(min, max),
        };
    }

    private static NumberRange Round(double min, double max) => new(Math.Round(min, 2), Math.Round(max, 2));
}
