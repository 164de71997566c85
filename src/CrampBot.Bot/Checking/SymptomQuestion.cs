using CrampBot.Bot.Texts;

namespace CrampBot.Bot.Checking;

/// <summary>How an answer is read.</summary>
public enum QuestionKind
{
    Frequency,
    Duration,
    Location,
    YesNo,
    Medicines,
}

/// <summary>
/// One question of the symptom check: what it asks (a message key), how its answer is read, its quick replies,
/// and the example given when the first answer could not be understood.
/// </summary>
/// <param name="Id">Unique per check: the fact asked ("swelling_one_side") or the group ("location", "medicines").</param>
/// <param name="Fact">For yes/no questions, the fact the answer sets.</param>
public sealed record SymptomQuestion(
    string Id,
    QuestionKind Kind,
    string PromptKey,
    string RepromptKey,
    IReadOnlyList<string> ChoiceKeys,
    string? Fact = null)
{
    public static readonly string[] YesNoChoices = [TextKeys.ChoiceYes, TextKeys.ChoiceNo, TextKeys.ChoiceNotSure];

    public static SymptomQuestion Frequency { get; } = new(
        "frequency", QuestionKind.Frequency, TextKeys.CheckQuestionFrequency, TextKeys.CheckRepromptFrequency,
        ["reply.frequency_per_week.rarely", "reply.frequency_per_week.weekly", "reply.frequency_per_week.often", "reply.frequency_per_week.nightly", TextKeys.ChoiceNotSure]);

    public static SymptomQuestion Duration { get; } = new(
        "duration", QuestionKind.Duration, TextKeys.CheckQuestionDuration, TextKeys.CheckRepromptDuration,
        ["reply.episode_minutes.seconds", "reply.episode_minutes.minutes", "reply.episode_minutes.long", TextKeys.ChoiceNotSure]);

    public static SymptomQuestion Location { get; } = new(
        "location", QuestionKind.Location, TextKeys.CheckQuestionLocation, TextKeys.CheckRepromptLocation,
        [TextKeys.ChoiceCalf, TextKeys.ChoiceFoot, TextKeys.ChoiceThigh, TextKeys.ChoiceShin, TextKeys.ChoiceNotSure]);

    public static SymptomQuestion Medicines { get; } = new(
        "medicines", QuestionKind.Medicines, TextKeys.CheckQuestionMedicines, TextKeys.CheckRepromptMedicines,
        [TextKeys.ChoiceStatin, TextKeys.ChoiceDiuretic, TextKeys.ChoiceInhaler, TextKeys.ChoiceOtherMedicine, TextKeys.ChoiceNone, TextKeys.ChoiceNotSure]);

    public static SymptomQuestion Activity { get; } = new(
        "hard_exercise", QuestionKind.YesNo, TextKeys.CheckQuestionActivity, TextKeys.CheckRepromptYesNo, YesNoChoices, "hard_exercise");

    /// <summary>The question with this id (what a prompt keeps in its state across turns).</summary>
    public static SymptomQuestion FromId(string id) => id switch
    {
        "frequency" => Frequency,
        "duration" => Duration,
        "location" => Location,
        "medicines" => Medicines,
        "hard_exercise" => Activity,
        _ => YesNoAbout(id, "question." + id),
    };

    /// <summary>A yes/no question about one fact, worded by the rule service's question key.</summary>
    public static SymptomQuestion YesNoAbout(string fact, string questionKey) =>
        new(fact, QuestionKind.YesNo, questionKey, TextKeys.CheckRepromptYesNo, YesNoChoices, fact);
}
