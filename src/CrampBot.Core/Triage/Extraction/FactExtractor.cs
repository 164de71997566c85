using CrampBot.Core.Memo;
using CrampBot.Core.Recognition;
using CrampBot.Core.Understanding;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// Reads one message, in English or simplified Chinese, into a <see cref="SymptomReport"/> through the
/// understanding step (<see cref="Understander"/>): a fact said to be there now about the patient is yes,
/// denied is no, doubted is don't know; a fact only in the past, in a "what if" or about someone else does not
/// count. Numbers (how often, how long, for how many weeks, age) come from the quantity recognizer. A pure
/// function; merge the result into the conversation's report with <see cref="SymptomReport.Merge"/>.
/// </summary>
public static class FactExtractor
{
    // A turn reads its message in several places (red-flag scan, the prompt, routing); the reading is pure.
    private static readonly RecentReadings<SymptomReport> Recent = new();

    /// <summary>Facts stated in <paramref name="text"/>.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="culture">The user's locale (en-US, zh-CN …), passed to the quantity recognizer.</param>
    public static SymptomReport Extract(string text, string? culture) =>
        Recent.GetOrRead(text, culture, static (t, c) => ExtractWithMentions(t, c).Report);

    /// <summary>Facts stated in <paramref name="text"/>, with the words each came from.</summary>
    public static FactExtraction ExtractWithMentions(string text, string? culture) =>
        ExtractWithMentions(text, culture, QuantityRecognizer.Recognize);

    /// <summary>As above with another quantity recognizer (tests).</summary>
    public static FactExtraction ExtractWithMentions(string text, string? culture, Func<string, string?, IReadOnlyList<Recognized>> recognize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recognize);
        return FromMentions(text, Understander.Default.Facts(text), recognize(text, culture));
    }

    /// <summary>The report of an understood message.</summary>
    public static FactExtraction FromUnderstanding(string text, MessageUnderstanding understanding) =>
        FromMentions(text, understanding.Facts, understanding.Quantities);

    private static FactExtraction FromMentions(string text, IReadOnlyList<FactMention> facts, IReadOnlyList<Recognized> quantities)
    {
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var mention in facts)
        {
            if (ValueOf(mention) is { } value)
            {
                Record(values, mention.Fact, value);
            }
        }

        var report = SymptomReport.Empty;
        foreach (var (fact, value) in values)
        {
            report = report.With(fact, value);
        }

        var mentions = facts.ToList();
        report = NumberFacts.Apply(report, text.ToLowerInvariant(), quantities, mentions);
        return new FactExtraction(report, mentions.OrderBy(m => m.Start).ToList());
    }

    // Present now for the patient is yes; absent (now or ever) is no; doubt is don't know. Past, hypothetical or
    // someone else's symptoms are not a current yes.
    private static FactValue? ValueOf(FactMention mention) => mention switch
    {
        { Subject: FactSubject.Other } => null,
        { Time: FactTime.Hypothetical } => null,
        { Status: FactStatus.Absent } => FactValue.No,
        { Time: FactTime.Past } => null,
        { Status: FactStatus.Uncertain } => FactValue.DontKnow,
        _ => FactValue.Yes,
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
}
