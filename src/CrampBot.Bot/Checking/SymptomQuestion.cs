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

    /// <summary>Several signs at once: tick any, name them, or "none of these" (<see cref="CheckPlan"/>).</summary>
    Checklist,
}

/// <summary>
/// One question of the symptom check: what it asks (a message key), how its answer is read, its quick replies,
/// and the example given when the first answer could not be understood.
/// </summary>
/// <param name="Id">Unique per check: the fact asked ("swelling_one_side") or the group ("location", "medicines").</param>
/// <param name="Fact">For yes/no questions, the fact the answer sets.</param>
/// <param name="Signs">For a checklist, the signs shown (those still unknown when it was asked).</param>
public sealed record SymptomQuestion(
    string Id,
    QuestionKind Kind,
    string PromptKey,
    string RepromptKey,
    IReadOnlyList<string> ChoiceKeys,
    string? Fact = null,
    IReadOnlyList<string>? Signs = null)
{
    public const string FollowUpPrefix = "followup.";

    public static readonly string[] ChecklistChoices = [TextKeys.ChoiceNone, TextKeys.ChoiceNotSure];

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

    /// <summary>The question with this id (what a prompt keeps in its state across turns); a checklist also needs its signs.</summary>
    public static SymptomQuestion FromId(string id, IReadOnlyList<string>? signs = null) => id switch
    {
        "frequency" => Frequency,
        "duration" => Duration,
        "location" => Location,
        "medicines" => Medicines,
        "hard_exercise" => Activity,
        _ when id.StartsWith("checklist.", StringComparison.Ordinal) && CheckPlan.Find(id["checklist.".Length..]) is { } list =>
            ChecklistOf(list, signs ?? list.Facts),
        _ when id.StartsWith(FollowUpPrefix, StringComparison.Ordinal) => FollowUp(id[FollowUpPrefix.Length..]),
        _ => YesNoAbout(id, "question." + id),
    };

    /// <summary>A checklist showing <paramref name="signs"/> (the ones of <paramref name="list"/> still unknown).</summary>
    public static SymptomQuestion ChecklistOf(Checklist list, IReadOnlyList<string> signs) =>
        new(list.Id, QuestionKind.Checklist, list.PromptKey, TextKeys.CheckRepromptChecklist, ChecklistChoices, Signs: signs);

    /// <summary>The one concrete question for an emergency sign the user was not sure about.</summary>
    public static SymptomQuestion FollowUp(string fact) =>
        new(FollowUpPrefix + fact, QuestionKind.YesNo, CheckPlan.FollowUpKey(fact), TextKeys.CheckRepromptYesNo, YesNoChoices, fact);

    /// <summary>A yes/no question about one fact, worded by the rule service's question key.</summary>
    public static SymptomQuestion YesNoAbout(string fact, string questionKey) =>
        new(fact, QuestionKind.YesNo, questionKey, TextKeys.CheckRepromptYesNo, YesNoChoices, fact);
}
