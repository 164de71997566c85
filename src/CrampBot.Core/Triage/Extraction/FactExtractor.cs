using CrampBot.Core.Recognition;
using CrampBot.Core.Triage;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// Reads one message, in English or simplified Chinese, into a <see cref="SymptomReport"/>: symptoms with
/// their negations and doubts ("no swelling, no redness", "腿不肿也不红", "not sure if it's swollen"), and
/// numbers (how often, how long, for how many weeks, age) via the quantity recognizer. A pure function:
/// the same text and culture always give the same report. Merge the result into the conversation's report
/// with <see cref="SymptomReport.Merge"/>.
/// </summary>
public static class FactExtractor
{
    /// <summary>Facts stated in <paramref name="text"/>.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="culture">The user's locale (en-US, zh-CN …), passed to the quantity recognizer.</param>
    public static SymptomReport Extract(string text, string? culture) => ExtractWithMentions(text, culture).Report;

    /// <summary>Facts stated in <paramref name="text"/>, with the words each came from.</summary>
    public static FactExtraction ExtractWithMentions(string text, string? culture) =>
        ExtractWithMentions(text, culture, QuantityRecognizer.Recognize);

    /// <summary>As above with another quantity recognizer (tests).</summary>
    public static FactExtraction ExtractWithMentions(string text, string? culture, Func<string, string?, IReadOnlyList<Recognized>> recognize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recognize);

        // Same length as the input, so offsets stay valid for quoting the original.
        var normalized = text.Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant();
        var mentions = new List<FactMention>();
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);

        Scan(EnglishTerms.All, normalized, text, Polarity.English, values, mentions);
        if (normalized.Any(IsHan))
        {
            Scan(ChineseTerms.All, normalized, text, Polarity.Chinese, values, mentions);
        }

        var report = SymptomReport.Empty;
        foreach (var (fact, value) in values)
        {
            report = report.With(fact, value);
        }

        report = NumberFacts.Apply(report, normalized, recognize(text, culture), mentions);
        return new FactExtraction(report, mentions.OrderBy(m => m.Start).ToList());
    }

    private static void Scan(
        IReadOnlyList<Term> terms,
        string normalized,
        string original,
        Func<string, int, FactValue> polarity,
        Dictionary<string, FactValue> values,
        List<FactMention> mentions)
    {
        var claimed = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var match in term.Pattern.Matches(normalized).Cast<System.Text.RegularExpressions.Match>())
            {
                var spans = claimed.TryGetValue(term.Group, out var list) ? list : claimed[term.Group] = [];
                var (start, end) = (match.Index, match.Index + match.Length);
                if (spans.Any(s => s.Start < end && start < s.End))
                {
                    continue;
                }

                var keyword = match.Groups["k"];
                var anchor = keyword.Success ? keyword.Index : match.Index;
                var value = Read(term.Kind, polarity(normalized, anchor), Polarity.InQuestion(normalized, end));
                if (value == FactValue.Unstated)
                {
                    continue;
                }

                spans.Add((start, end));
                Record(values, term.Fact, value);
                if (value == FactValue.No)
                {
                    foreach (var denied in term.AlsoDenies)
                    {
                        Record(values, denied, FactValue.No);
                    }
                }

                mentions.Add(new FactMention(term.Fact, value, match.Index, match.Length, original.Substring(match.Index, match.Length)));
            }
        }
    }

    // A denial-only phrase counts only as a no ("isn't cold"); a "normal" phrase turns yes into no, and a
    // negated or asked one ("not normal", "is my pee normal?") says nothing, so the question is still asked.
    private static FactValue Read(TermKind kind, FactValue value, bool question) => kind switch
    {
        TermKind.DenialOnly => value == FactValue.No ? FactValue.No : FactValue.Unstated,
        TermKind.StatesNormal when question => FactValue.Unstated,
        TermKind.StatesNormal => value switch
        {
            FactValue.Yes => FactValue.No,
            FactValue.DontKnow => FactValue.DontKnow,
            _ => FactValue.Unstated,
        },
        _ => value,
    };

    // Within one message a clear yes outweighs a doubt, and a doubt outweighs a no: "no swelling in the left
    // leg, the right one is swollen" is a swollen leg.
    private static void Record(Dictionary<string, FactValue> values, string fact, FactValue value)
    {
        var current = values.GetValueOrDefault(fact, FactValue.Unstated);
        if (Rank(value) > Rank(current))
        {
            values[fact] = value;
        }
    }

    private static int Rank(FactValue value) => value switch
    {
        FactValue.Yes => 3,
        FactValue.DontKnow => 2,
        FactValue.No => 1,
        _ => 0,
    };

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
