using CrampBot.Core.Triage;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// The vignettes name the top level "urgent/emergency"; the bot's channelData.triage says "emergency". Both are
/// read into <see cref="TriageLevel"/> so they compare.
/// </summary>
public static class EvaluatedLevel
{
    public const string VignetteEmergency = "urgent/emergency";

    public static bool TryParse(string? name, out TriageLevel level)
    {
        if (name == VignetteEmergency)
        {
            level = TriageLevel.Emergency;
            return true;
        }

        level = default;
        return name is not null && TriageLevelNames.TryParse(name, out level);
    }
}
