namespace CrampBot.Core.Triage;

/// <summary>One quick-reply button for a fact's question: its label key and what choosing it records.</summary>
/// <param name="LabelKey">Message key of the button text (reply.yes, reply.frequency_per_week.often …).</param>
/// <param name="Value">Yes / No / DontKnow for a yes/no fact; Yes with <paramref name="Number"/> for a number fact.</param>
/// <param name="Number">The range the button stands for, for number facts.</param>
public sealed record QuickReply(string LabelKey, FactValue Value, NumberRange? Number = null)
{
    /// <summary>Records this answer to <paramref name="fact"/>'s question in the report.</summary>
    public SymptomReport ApplyTo(SymptomReport report, string fact)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Number is { } number ? report.WithNumber(fact, number) : report.With(fact, Value);
    }
}

/// <summary>
/// The question for each askable fact and its quick replies. Yes/no facts get Yes / No / I don't know; number
/// facts get ranges chosen so that each button lands clearly on one side of the rules' thresholds (3 a week,
/// 10 minutes, 60 years).
/// </summary>
public static class FactQuestions
{
    private static readonly QuickReply[] YesNo =
    [
        new("reply.yes", FactValue.Yes),
        new("reply.no", FactValue.No),
        new("reply.dont_know", FactValue.DontKnow),
    ];

    private static readonly QuickReply DontKnow = new("reply.dont_know", FactValue.DontKnow);

    private static readonly Dictionary<string, QuickReply[]> Numbers = new(StringComparer.Ordinal)
    {
        [Facts.FrequencyPerWeek] =
        [
            new("reply.frequency_per_week.rarely", FactValue.Yes, new NumberRange(0, 0.9)),
            new("reply.frequency_per_week.weekly", FactValue.Yes, new NumberRange(1, 2)),
            new("reply.frequency_per_week.often", FactValue.Yes, new NumberRange(3, 6)),
            new("reply.frequency_per_week.nightly", FactValue.Yes, NumberRange.Exactly(7)),
            DontKnow,
        ],
        [Facts.EpisodeMinutes] =
        [
            new("reply.episode_minutes.seconds", FactValue.Yes, new NumberRange(0, 1)),
            new("reply.episode_minutes.minutes", FactValue.Yes, new NumberRange(1, 10)),
            new("reply.episode_minutes.long", FactValue.Yes, NumberRange.AtLeast(10.5)),
            DontKnow,
        ],
        [Facts.HistoryWeeks] =
        [
            new("reply.history_weeks.new", FactValue.Yes, new NumberRange(0, 4)),
            new("reply.history_weeks.months", FactValue.Yes, new NumberRange(4, 26)),
            new("reply.history_weeks.long", FactValue.Yes, NumberRange.AtLeast(26)),
            DontKnow,
        ],
        [Facts.AgeYears] =
        [
            new("reply.age_years.young", FactValue.Yes, new NumberRange(0, 17)),
            new("reply.age_years.adult", FactValue.Yes, new NumberRange(18, 59)),
            new("reply.age_years.older", FactValue.Yes, NumberRange.AtLeast(60)),
        ],
    };

    /// <summary>Message key of the question that asks for <paramref name="fact"/>.</summary>
    public static string QuestionKey(string fact) => Facts.Get(fact).QuestionKey;

    /// <summary>The quick replies to offer with the question for <paramref name="fact"/>.</summary>
    public static IReadOnlyList<QuickReply> RepliesFor(string fact) =>
        Facts.Get(fact).Kind == FactKind.Number ? Numbers[fact] : YesNo;

    /// <summary>Every label key any quick reply uses (checked against the message files at start-up).</summary>
    public static IEnumerable<string> AllLabelKeys =>
        YesNo.Concat(Numbers.Values.SelectMany(r => r)).Select(r => r.LabelKey).Distinct(StringComparer.Ordinal);
}
