using System.Text.RegularExpressions;
using CrampBot.Core.Recognition;
using CrampBot.Core.Triage;
using CrampBot.Core.Understanding;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// Turns recognized quantities into number facts: a frequency becomes episodes per week; a duration under a
/// day is how long one cramp lasts, a longer one is how long the problem has been going on. Also reads age.
/// </summary>
internal static partial class NumberFacts
{
    private const double SecondsPerDay = 24 * 3600;
    private const double SecondsPerWeek = 7 * SecondsPerDay;

    public static SymptomReport Apply(SymptomReport report, string text, IReadOnlyList<Recognized> items, List<FactMention> mentions)
    {
        NumberRange? frequency = null;
        NumberRange? episode = null;
        NumberRange? history = null;
        foreach (var item in items)
        {
            if (item.Frequency is { } f)
            {
                var range = Bound(new NumberRange(f.MinPerWeek, f.MaxPerWeek), item.Modifier);
                frequency = Wider(frequency, range);
                mentions.Add(NumberMention(Facts.FrequencyPerWeek, item.Start, item.Length, item.Text));
            }
            else if (item.Duration is { } d && !IsAboutSomethingElse(text, item.Start, item.Start + item.Length))
            {
                var seconds = Bound(new NumberRange(d.MinSeconds, d.MaxSeconds), item.Modifier);
                if (d.MaxSeconds < SecondsPerDay)
                {
                    episode = Wider(episode, new NumberRange(seconds.Min / 60, seconds.Max / 60));
                    mentions.Add(NumberMention(Facts.EpisodeMinutes, item.Start, item.Length, item.Text));
                }
                else
                {
                    history = Wider(history, new NumberRange(seconds.Min / SecondsPerWeek, seconds.Max / SecondsPerWeek));
                    mentions.Add(NumberMention(Facts.HistoryWeeks, item.Start, item.Length, item.Text));
                }
            }
        }

        frequency ??= FrequencyWords(text, mentions);
        report = Set(report, Facts.FrequencyPerWeek, frequency);
        report = Set(report, Facts.EpisodeMinutes, episode);
        report = Set(report, Facts.HistoryWeeks, history);
        return Set(report, Facts.AgeYears, Age(text, mentions));
    }

    private static FactMention NumberMention(string fact, int start, int length, string text) =>
        new(fact, FactStatus.Present, FactTime.Current, FactSubject.Patient, text, start, length);

    private static SymptomReport Set(SymptomReport report, string fact, NumberRange? value) =>
        value is null ? report : report.WithNumber(fact, value);

    // "less than 10 minutes" is anything up to 10; "more than 10 minutes" is 10 or longer.
    private static NumberRange Bound(NumberRange range, QuantityModifier modifier) => modifier switch
    {
        QuantityModifier.Less => new NumberRange(0, range.Max),
        QuantityModifier.More => new NumberRange(range.Min, double.PositiveInfinity),
        _ => range,
    };

    // Two mentions of one number ("usually 2 minutes, once 20 minutes"): keep the span of both, so the worst counts.
    private static NumberRange Wider(NumberRange? a, NumberRange b) =>
        a is null ? b : new NumberRange(Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max));

    // Durations that time a walk, a stretch, a warm compress or a pregnancy are not how long the cramp lasts
    // nor how long the problem has been going on.
    private static bool IsAboutSomethingElse(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 18)..start];
        var after = text[end..Math.Min(text.Length, end + 12)];
        return NotCrampDuration().IsMatch(before) || PregnancyBefore().IsMatch(text[Math.Max(0, start - 4)..start]) || PregnancyAfter().IsMatch(after);
    }

    private static NumberRange? FrequencyWords(string text, List<FactMention> mentions)
    {
        foreach (var (pattern, range) in FrequencyPhrases)
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                mentions.Add(NumberMention(Facts.FrequencyPerWeek, m.Index, m.Length, m.Value));
                return range;
            }
        }

        return null;
    }

    // Generated at build time, like the patterns below: these run on every message, and built with new Regex they
    // ran in the interpreter (0.75% of the bot's samples under load, for four patterns).
    private static readonly (Regex Pattern, NumberRange Range)[] FrequencyPhrases =
    [
        (EveryNight(), NumberRange.Exactly(7)),
        (MostNights(), new NumberRange(5, 7)),
        (SeveralTimesAWeek(), new NumberRange(3, 5)),
        (Occasionally(), new NumberRange(0, 1)),
    ];

    [GeneratedRegex(@"\b(every single night|every night|each night|nightly|night after night)\b|每天晚上|每晚|天天|夜夜|每天夜里", RegexOptions.IgnoreCase)]
    private static partial Regex EveryNight();

    [GeneratedRegex(@"\b(most nights|almost every night|nearly every night|most days)\b|几乎每晚|差不多每晚|几乎每天|基本每晚", RegexOptions.IgnoreCase)]
    private static partial Regex MostNights();

    [GeneratedRegex(@"\b(several times a week|a few times a week)\b|一周好几次|每周好几次", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralTimesAWeek();

    [GeneratedRegex(@"\b(occasionally|now and then|once in a while|once in a blue moon|rarely|from time to time|every so often)\b|偶尔|很少|有时候|间或", RegexOptions.IgnoreCase)]
    private static partial Regex Occasionally();

    private static NumberRange? Age(string text, List<FactMention> mentions)
    {
        if (AgeEnglish().Match(text) is { Success: true } en)
        {
            var digits = en.Groups["n"].Value;
            var value = double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            mentions.Add(NumberMention(Facts.AgeYears, en.Index, en.Length, en.Value));
            return en.Groups["decade"].Success ? new NumberRange(value * 10, value * 10 + 9) : NumberRange.Exactly(value);
        }

        if (AgeChinese().Match(text) is { Success: true } zh && ChineseAge(zh.Groups["n"].Value) is { } years)
        {
            mentions.Add(NumberMention(Facts.AgeYears, zh.Index, zh.Length, zh.Value));
            return zh.Groups["more"].Success ? new NumberRange(years, years + 9) : NumberRange.Exactly(years);
        }

        return null;
    }

    // 六十七 → 67, 七十 → 70, 八十多 handled by the caller; digits pass through.
    private static double? ChineseAge(string s)
    {
        if (int.TryParse(s, out var n))
        {
            return n;
        }

        const string digits = "零一二三四五六七八九";
        var ten = s.IndexOf('十');
        if (ten < 0)
        {
            return s.Length == 1 && digits.Contains(s[0]) ? digits.IndexOf(s[0]) : null;
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(s[ten - 1]);
        var ones = ten == s.Length - 1 ? 0 : digits.IndexOf(s[ten + 1]);
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    [GeneratedRegex(@"walk\w*|stretch\w*|hold\w*|stand\w*|stood|work\w*|shift|走路|走了|走|拉伸|保持|热敷|泡脚|睡前|站|班|before bed|after bed", RegexOptions.IgnoreCase)]
    private static partial Regex NotCrampDuration();

    [GeneratedRegex(@"怀孕|孕|pregnant for|pregnancy of", RegexOptions.IgnoreCase)]
    private static partial Regex PregnancyBefore();

    [GeneratedRegex(@"^\s*(pregnant|gestation|along|of pregnancy)|^(身孕|的身孕)", RegexOptions.IgnoreCase)]
    private static partial Regex PregnancyAfter();

    [GeneratedRegex(@"\b(i'm|i am|im|aged?|age)\s+(?<n>\d{1,3})\b(?!\s*(minutes?|mins?|times?|hours?|days?|weeks?|%))|\b(?<n>\d{1,3})[- ]?(years?|yrs?)[- ]old\b|\bin my (?<decade>)(?<n>[1-9])0s\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeEnglish();

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?<more>多)?岁")]
    private static partial Regex AgeChinese();
}
