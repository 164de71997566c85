using System.Text;

namespace CrampBot.Core.Intents;

/// <summary>
/// The hand-tuned regular-expression recognizer that the trained classifier replaced. Kept only as the
/// "before" figure and the same-run baseline of the intent benchmarks; the bot no longer uses it.
/// </summary>
/// <remarks>
/// Scoring: each intent gets the weight of its strongest matching cue (<see cref="IntentCues"/>). A topic named in
/// question form gains a little; a cramp "now" cue in a message about the past loses its force; out-of-scope is
/// dropped when the message is about legs or cramps. Two different intents with the same top score, or a bare
/// mention of cramps, put the result in the unsure band, where the bot asks one clarifying question.
/// </remarks>
internal static class RegexIntentBaseline
{
    private const double ConfidentThreshold = 0.75;

    private const double QuestionBoost = 0.1;
    private const double TieConfidence = 0.6;

    /// <summary>On ties the earlier intent is offered first: safety and the user's own cramps before general topics.</summary>
    private static readonly Intent[] Priority =
    [
        Intent.CrampNow, Intent.DeleteData, Intent.Cancel, Intent.StartOver, Intent.ChangeLanguage, Intent.Help,
        Intent.SymptomCheck, Intent.WhyCramps, Intent.Prevention, Intent.Stretches, Intent.Pregnancy, Intent.Medicines,
        Intent.Magnesium, Intent.Calcium, Intent.PickleJuice, Intent.SleepingPosture, Intent.Thanks, Intent.Goodbye,
        Intent.Greeting, Intent.OutOfScope,
    ];

    /// <summary>Recognises the intent of <paramref name="text"/>. The culture is not needed to read the text; both vocabularies always run.</summary>
    public static IntentResult Recognize(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return IntentResult.Nothing;
        }

        var scores = Score(normalized);
        var aboutCramps = IntentCues.CrampTerm.IsMatch(normalized);
        var aboutLegs = aboutCramps || IntentCues.LegTerm.IsMatch(normalized);
        if (aboutLegs)
        {
            scores.Remove(Intent.OutOfScope);
        }

        if (scores.Count == 0)
        {
            // "leg cramps" alone: about us, but which part? Offer the main paths.
            return aboutLegs
                ? Unsure([new(Intent.SymptomCheck, 0.55), new(Intent.WhyCramps, 0.5), new(Intent.CrampNow, 0.5), new(Intent.Prevention, 0.45)])
                : IntentResult.Nothing;
        }

        var ranked = scores
            .Select(s => new IntentCandidate(s.Key, Math.Min(1.0, s.Value)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => Array.IndexOf(Priority, c.Intent))
            .ToList();

        var top = ranked[0];
        var language = top.Intent == Intent.ChangeLanguage ? LanguageTarget(normalized) : null;
        if (ranked.Count > 1 && Math.Abs(ranked[1].Score - top.Score) < 0.001 && top.Score < 0.95 && !IsSmallTalk(ranked[1].Intent))
        {
            // Two equally strong readings: ask rather than guess.
            return new IntentResult(top.Intent, Math.Min(top.Score, TieConfidence), ranked, language) { Band = IntentBand.Unsure };
        }

        return new IntentResult(top.Intent, top.Score, ranked, language) { Band = top.Score >= ConfidentThreshold ? IntentBand.Confident : IntentBand.Unsure };
    }

    private static Dictionary<Intent, double> Score(string normalized)
    {
        var past = IntentCues.PastOrHabit.IsMatch(normalized);
        var question = IntentCues.QuestionForm.IsMatch(normalized);
        var scores = new Dictionary<Intent, double>();
        foreach (var cue in IntentCues.All)
        {
            if (!cue.Pattern.IsMatch(normalized))
            {
                continue;
            }

            var (intent, weight) = cue.Kind switch
            {
                // "I had a cramp last night": the user is describing their cramps, not having one.
                CueKind.NowUnlessPast when past => (Intent.SymptomCheck, 0.85),
                CueKind.Topic when question => (cue.Intent, cue.Weight + QuestionBoost),
                _ => (cue.Intent, cue.Weight),
            };
            scores[intent] = Math.Max(weight, scores.GetValueOrDefault(intent));
        }

        return scores;
    }

    private static bool IsSmallTalk(Intent intent) => intent is Intent.Thanks or Intent.Goodbye or Intent.Greeting;

    private static IntentResult Unsure(IReadOnlyList<IntentCandidate> candidates) =>
        new(candidates[0].Intent, candidates[0].Score, candidates) { Band = IntentBand.Unsure };

    private static string? LanguageTarget(string normalized)
    {
        var english = IntentCues.EnglishTarget.IsMatch(normalized);
        var chinese = IntentCues.ChineseTarget.IsMatch(normalized);
        return (english, chinese) switch
        {
            (true, false) => "en",
            (false, true) => "zh-Hans",
            _ => null,
        };
    }

    /// <summary>Lower case, straight apostrophes, full-width forms folded (！ → !), spaces collapsed. Punctuation stays: "!!" and "?" carry meaning.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'');
        var sb = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(ch);
            lastWasSpace = false;
        }

        return sb.ToString().Trim();
    }
}
