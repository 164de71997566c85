using CrampBot.Core.Triage;

namespace CrampBot.Cli.Evaluation;

/// <summary>How a conversation ended.</summary>
public enum Ending
{
    /// <summary>The bot gave its advice (channelData.triage).</summary>
    Advice,

    /// <summary>A general question answered without starting to question the patient ("none" vignettes).</summary>
    AnsweredWithoutQuestions,

    /// <summary>A patient who only asked a general question was questioned, or not answered (a menu, a "which did you mean").</summary>
    GeneralQuestionNotAnswered,

    /// <summary>The bot stopped asking before giving any advice.</summary>
    NoAdvice,

    /// <summary>The same bot message three times running, or no advice within the turn limit.</summary>
    DeadEnd,

    /// <summary>The host failed: a 5xx over HTTP, an exception in process.</summary>
    Error,
}

/// <summary>One simulated patient's conversation and how it scored.</summary>
public sealed record VignetteOutcome(
    Vignette Vignette,
    Ending Ending,
    TriageLevel? Level,
    IReadOnlyList<string> Causes,
    int Questions,
    IReadOnlyList<string> Unmapped,
    IReadOnlyList<string> Transcript,
    string? Note = null)
{
    /// <summary>Questions recognised by their wording because no reply carried channelData.crampbot.question.</summary>
    public int Untagged { get; init; }

    public TriageLevel? Expected => EvaluatedLevel.TryParse(Vignette.ExpectedTriage, out var level) ? level : null;

    public bool ExpectsEmergency => Expected == TriageLevel.Emergency;

    public bool Escalated => ExpectsEmergency && Level == TriageLevel.Emergency;

    /// <summary>Exact level; for a "none" vignette, answered without questioning.</summary>
    public bool ExactLevel => Vignette.ExpectsNoTriage
        ? Ending == Ending.AnsweredWithoutQuestions
        : Ending == Ending.Advice && Level == Expected;

    /// <summary>Advice below every level the vignette accepts.</summary>
    public bool UnderTriaged => Expected is { } expected && Level is { } level && level < expected && !Accepted(level);

    /// <summary>Advice above every level the vignette accepts.</summary>
    public bool OverTriaged => Expected is { } expected && Level is { } level && level > expected && !Accepted(level);

    /// <summary>An ambulance for someone who did not need one.</summary>
    public bool NeedlessEmergency => Level == TriageLevel.Emergency && !ExpectsEmergency;

    public bool HasExpectedCause => Vignette.ExpectedCause is { Length: > 0 } cause && cause != Vignette.NoTriage;

    public bool LeadingCauseRight => HasExpectedCause && Causes.Count > 0 && Causes[0] == Vignette.ExpectedCause;

    private bool Accepted(TriageLevel level) =>
        (Vignette.AcceptTriage ?? []).Any(a => EvaluatedLevel.TryParse(a, out var accepted) && accepted == level);
}
