using CrampBot.Bot.Texts;

namespace CrampBot.Bot.Dialogs;

/// <summary>
/// The walkthrough for a cramp happening now (clinical reference section 8): stretch, hold, massage, walk,
/// warmth. Each step is given about two minutes, so five steps of "still hurts" reach the ten minutes after
/// which a cramp is no longer typical (RF-04) and the user is told to get help today.
/// </summary>
public static class StretchPlan
{
    public const int MinutesPerStep = 2;

    /// <summary>A cramp still there after this long is not typical: see a doctor today (RF-04).</summary>
    public const int EscalateAfterMinutes = 10;

    public static IReadOnlyList<string> Steps(bool shin) =>
    [
        shin ? TextKeys.StretchStepShin : TextKeys.StretchStepCalf,
        TextKeys.StretchStepHold,
        TextKeys.StretchStepMassage,
        TextKeys.StretchStepWalk,
        TextKeys.StretchStepWarmth,
    ];
}
