using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Checking;

/// <summary>
/// Reads the answer to one symptom question, typed or tapped, in either language. Whatever else the message
/// states is kept too (the reader runs the fact extraction first), so "no, but my calf is swollen" still counts.
/// Returns null when the answer to the question itself could not be understood.
/// </summary>
public sealed partial class AnswerReader(BotTexts texts, ISymptomReader symptoms, AnswerWords words)
{
    // The texts are fixed once loaded, so each label is cleaned (a Unicode normalization) once, not on every answer
    // for every sign in both languages, and the keys under a choice prefix are looked up once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _labels = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _choiceKeys = new(StringComparer.Ordinal);

    private AnswerWords Words => words;

    /// <summary>The key an Adaptive Card's submit data carries so a checklist knows its own answer.</summary>
    public const string ChecklistValueKey = "crampbot_checklist";

    /// <param name="value">The activity's value: what a card's submit sends (ticked boxes), or null.</param>
    public SymptomReport? Read(SymptomQuestion question, string? text, JsonNode? value, string locale, SymptomReport report)
    {
        var said = text ?? string.Empty;
        var extracted = symptoms.Read(said, locale);
        var updated = report.Merge(extracted);
        return question.Kind switch
        {
            QuestionKind.Frequency => ReadFrequency(said, locale, updated),
            QuestionKind.Duration => ReadDuration(said, locale, updated),
            QuestionKind.Location => ReadLocation(said, updated),
            QuestionKind.Medicines => ReadMedicines(said, updated),
            QuestionKind.Checklist => ReadChecklist(question, said, value, extracted, updated),
            _ => ReadYesNo(question.Fact!, said, extracted, updated),
        };
    }

    /// <summary>
    /// A checklist's answer: the boxes ticked on the card (the rest are no); "none of these"; or free text, where
    /// the signs named (yes, or not sure) count and the others on the list are no ("just the breathing", "my pee is
    /// dark but nothing else"), and a plain "no" / "都没有" rules them all out. A bare "not sure" or "yes" does not say
    /// which sign it means: null, so the prompt asks which.
    /// </summary>
    private SymptomReport? ReadChecklist(SymptomQuestion question, string text, JsonNode? value, SymptomReport extracted, SymptomReport report)
    {
        var signs = question.Signs ?? [];
        if (value is JsonObject ticked && ticked[ChecklistValueKey] is not null)
        {
            foreach (var sign in signs)
            {
                report = report.With(sign, IsTicked(ticked[sign]) ? FactValue.Yes : FactValue.No);
            }

            return report;
        }

        // A sign's label typed or tapped ("Dark urine") counts like the sign named in words.
        var cleaned = ShortAnswers.Clean(text);
        foreach (var sign in signs.Where(s => IsLabel(cleaned, CheckPlan.SignKey(s))))
        {
            report = report.With(sign, FactValue.Yes);
            extracted = extracted.With(sign, FactValue.Yes);
        }

        var named = signs.Where(s => extracted[s] != FactValue.Unstated).ToList();
        var none = IsLabel(cleaned, TextKeys.ChoiceNone) || Words.YesNo(text) == FactValue.No;
        if (named.Count == 0 && !none)
        {
            return null;
        }

        foreach (var sign in signs.Where(s => report[s] == FactValue.Unstated))
        {
            report = report.With(sign, FactValue.No);
        }

        return report;
    }

    private static bool IsTicked(JsonNode? node) => node is JsonValue v && (
        (v.TryGetValue<string>(out var s) && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase))
        || (v.TryGetValue<bool>(out var b) && b));

    private SymptomReport? ReadFrequency(string text, string locale, SymptomReport report)
    {
        if (report.FrequencyPerWeek is not null)
        {
            return report;
        }

        var range = Choice(text, "reply.frequency_per_week.") switch
        {
            "rarely" => new NumberRange(0.25, 0.9),
            "weekly" => new NumberRange(1, 2),
            "often" => new NumberRange(3, 6),
            "nightly" => new NumberRange(7, 7),
            _ => Quantities.PerWeek(text, locale),
        };
        return range is not null ? report.WithNumber(Facts.FrequencyPerWeek, range) : NotSure(text, report, Facts.FrequencyPerWeek);
    }

    private SymptomReport? ReadDuration(string text, string locale, SymptomReport report)
    {
        if (report.EpisodeMinutes is not null)
        {
            return report;
        }

        var range = Choice(text, "reply.episode_minutes.") switch
        {
            "seconds" => new NumberRange(0.05, 0.9),
            "minutes" => new NumberRange(1, 10),
            "long" => NumberRange.AtLeast(11),
            _ => Quantities.Minutes(text, locale),
        };
        return range is not null ? report.WithNumber(Facts.EpisodeMinutes, range) : NotSure(text, report, Facts.EpisodeMinutes);
    }

    private SymptomReport? ReadLocation(string text, SymptomReport report)
    {
        var t = ShortAnswers.Clean(text);
        var found = false;
        if (Calf().IsMatch(t) || IsLabel(t, TextKeys.ChoiceShin))
        {
            report = report.With(Facts.LocationCalf, FactValue.Yes);
            found = true;
        }

        if (Foot().IsMatch(t))
        {
            report = report.With(Facts.LocationFoot, FactValue.Yes);
            found = true;
        }

        if (Thigh().IsMatch(t))
        {
            report = report.With(Facts.LocationThigh, FactValue.Yes);
            found = true;
        }

        if (found || QuestionPlanner.LocationFacts.Any(f => report[f] != FactValue.Unstated))
        {
            return report;
        }

        // "Not sure where" is an answer, but says nothing the rules use: nothing is recorded.
        return Words.YesNo(text) == FactValue.DontKnow ? report : null;
    }

    private SymptomReport? ReadMedicines(string text, SymptomReport report)
    {
        var t = ShortAnswers.Clean(text);
        var named = new List<string>();
        if (Statin().IsMatch(t)) named.Add(Facts.TakesStatin);
        if (Diuretic().IsMatch(t)) named.Add(Facts.TakesDiuretic);
        if (Inhaler().IsMatch(t)) named.Add(Facts.TakesBeta2Agonist);
        if (CalciumChannelBlocker().IsMatch(t)) named.Add(Facts.TakesCalciumChannelBlocker);
        if (Oestrogen().IsMatch(t)) named.Add(Facts.TakesOestrogen);
        if (Quinine().IsMatch(t)) named.Add(Facts.TakesQuinine);

        // "没吃什么药" / "no medicines" mention medicine but mean none: a no comes before the generic word.
        if (named.Count == 0 && Words.YesNo(text) != FactValue.No && OtherMedicine().IsMatch(t)) named.Add(Facts.TakesOtherMedicine);

        if (named.Count > 0)
        {
            foreach (var fact in named)
            {
                report = report.With(fact, FactValue.Yes);
            }

            return report;
        }

        if (QuestionPlanner.MedicineFacts.Any(f => report[f] != FactValue.Unstated))
        {
            return report;
        }

        if (Words.YesNo(text) == FactValue.DontKnow)
        {
            return report;
        }

        if (Words.YesNo(text) == FactValue.No)
        {
            foreach (var fact in QuestionPlanner.MedicineFacts)
            {
                report = report.With(fact, FactValue.No);
            }

            return report;
        }

        // A bare "yes" names no medicine: record "other" so the advice can mention medicines in general.
        return Words.YesNo(text) == FactValue.Yes ? report.With(Facts.TakesOtherMedicine, FactValue.Yes) : null;
    }

    private SymptomReport? ReadYesNo(string fact, string text, SymptomReport extracted, SymptomReport report)
    {
        // If the message itself states the fact ("孕30周", "my calf isn't swollen"), the fact extraction has read
        // it, and that is the answer; otherwise a yes, no or not sure in any of its forms.
        if (extracted[fact] != FactValue.Unstated)
        {
            return report;
        }

        return Words.YesNo(text) is { } value ? report.With(fact, value) : null;
    }

    private SymptomReport? NotSure(string text, SymptomReport report, string fact) =>
        Words.YesNo(text) == FactValue.DontKnow ? report.With(fact, FactValue.DontKnow) : null;

    /// <summary>The last part of the choice key whose label (in either language) the user tapped or typed.</summary>
    private string? Choice(string text, string keyPrefix)
    {
        var t = ShortAnswers.Clean(text);
        var keys = _choiceKeys.GetOrAdd(keyPrefix, p => [.. texts.Content.Messages.Keys.Where(k => k.StartsWith(p, StringComparison.Ordinal))]);
        foreach (var key in keys)
        {
            if (IsLabel(t, key))
            {
                return key[keyPrefix.Length..];
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="cleanText"/> (cleaned as <see cref="ShortAnswers.Clean"/> does) is the label of <paramref name="key"/> in any language.</summary>
    private bool IsLabel(string cleanText, string key) =>
        Array.IndexOf(_labels.GetOrAdd(key, k => [.. Locales.All.Select(l => ShortAnswers.Clean(texts.Get(k, l)))]), cleanText) >= 0;

    [GeneratedRegex(@"\b(calf|calves|back of (my|the) (lower )?leg|shin|lower leg)\b|小腿|腿肚|腓肠肌|胫骨")]
    private static partial Regex Calf();

    [GeneratedRegex(@"\b(foot|feet|toes?|sole|arch|instep)\b|脚|足|脚趾|脚底|脚背")]
    private static partial Regex Foot();

    [GeneratedRegex(@"\b(thighs?|hamstrings?|quads?)\b|大腿")]
    private static partial Regex Thigh();

    [GeneratedRegex(@"statin|atorvastatin|simvastatin|rosuvastatin|pravastatin|lipitor|他汀|降脂药|降胆固醇")]
    private static partial Regex Statin();

    [GeneratedRegex(@"diuretic|water (tablet|pill)s?|furosemide|bendroflumethiazide|hydrochlorothiazide|indapamide|利尿|呋塞米|氢氯噻嗪|吲达帕胺")]
    private static partial Regex Diuretic();

    [GeneratedRegex(@"inhaler|salbutamol|albuterol|salmeterol|formoterol|吸入剂|沙丁胺醇|喷雾")]
    private static partial Regex Inhaler();

    [GeneratedRegex(@"nifedipine|amlodipine|calcium[- ]channel|硝苯地平|氨氯地平|钙通道")]
    private static partial Regex CalciumChannelBlocker();

    [GeneratedRegex(@"\bhrt\b|oestrogen|estrogen|raloxifene|雌激素|激素替代|雷洛昔芬")]
    private static partial Regex Oestrogen();

    [GeneratedRegex(@"quinine|奎宁")]
    private static partial Regex Quinine();

    [GeneratedRegex(@"medicine|medication|tablet|pill|drug|another|other|blood pressure|insulin|metformin|药|降压|胰岛素|二甲双胍|其他")]
    private static partial Regex OtherMedicine();
}
