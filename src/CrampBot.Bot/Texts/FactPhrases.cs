using System.Globalization;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Texts;

/// <summary>
/// The user's facts in their own terms, for "because you said …" and "I've noted …": numbers with their
/// values ("cramps about 3–4 times a week"), yes/no facts with the catalogue's short phrase.
/// </summary>
public static class FactPhrases
{
    public static string Phrase(this BotTexts texts, string fact, SymptomReport report, string language)
    {
        var range = report.Number(fact);
        if (range is not null && fact == Facts.FrequencyPerWeek)
        {
            return double.IsPositiveInfinity(range.Max)
                ? texts.Get(TextKeys.FactFrequencyOpen, language, ("count", Format(range.Min)))
                : texts.Get(TextKeys.FactFrequency, language, ("count", Format(range.Min, range.Max)));
        }

        if (range is not null && fact == Facts.EpisodeMinutes)
        {
            return double.IsPositiveInfinity(range.Max)
                ? texts.Get(TextKeys.FactDurationOpen, language, ("minutes", Format(Math.Floor(range.Min))))
                : texts.Get(TextKeys.FactDuration, language, ("minutes", Format(range.Min, range.Max)));
        }

        return texts.Get("fact." + fact, language);
    }

    /// <summary>The stated facts (yes or a number), in the catalogue's order, as phrases.</summary>
    public static IReadOnlyList<string> Stated(this BotTexts texts, SymptomReport report, string language) =>
        Facts.All
            .Where(f => report.Number(f.Name) is not null || report.Flags.GetValueOrDefault(f.Name) == FactValue.Yes)
            .Select(f => texts.Phrase(f.Name, report, language))
            .ToList();

    private static string Format(double min, double max) =>
        Math.Abs(max - min) < 0.01 ? Format(min) : $"{Format(min)}–{Format(max)}";

    private static string Format(double value) =>
        value.ToString(value < 1 ? "0.#" : "0.#", CultureInfo.InvariantCulture);
}
