namespace CrampBot.Core.Triage;

/// <summary>How soon the user should see someone. Ordered: a higher value is more urgent.</summary>
public enum TriageLevel
{
    SelfCare = 0,
    SeeDoctorRoutine = 1,
    SeeDoctorSoon = 2,
    Emergency = 3,
}

/// <summary>The level names used in the rules file and in JSON output.</summary>
public static class TriageLevelNames
{
    private static readonly Dictionary<string, TriageLevel> ByName = new(StringComparer.Ordinal)
    {
        ["self-care"] = TriageLevel.SelfCare,
        ["see-doctor-routine"] = TriageLevel.SeeDoctorRoutine,
        ["see-doctor-soon"] = TriageLevel.SeeDoctorSoon,
        ["emergency"] = TriageLevel.Emergency,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToName(this TriageLevel level) => level switch
    {
        TriageLevel.SelfCare => "self-care",
        TriageLevel.SeeDoctorRoutine => "see-doctor-routine",
        TriageLevel.SeeDoctorSoon => "see-doctor-soon",
        TriageLevel.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The part of a message key that names the level: self_care, see_doctor_soon, ...</summary>
    public static string ToKeyPart(this TriageLevel level) => level.ToName().Replace('-', '_');

    public static bool TryParse(string name, out TriageLevel level) => ByName.TryGetValue(name, out level);
}
