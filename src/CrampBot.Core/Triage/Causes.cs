namespace CrampBot.Core.Triage;

/// <summary>
/// Cause identifiers a rule may name: the clinical reference's list plus the everyday causes in the seed
/// articles (dehydration, cold or posture, inactivity, poor circulation, lumbar nerve roots). Each has a
/// name and an explanation in the message files (cause.&lt;id&gt;.name, cause.&lt;id&gt;.explain).
/// </summary>
public static class Causes
{
    public const string Idiopathic = "idiopathic_nocturnal_cramp";

    public static IReadOnlyList<string> All { get; } =
    [
        Idiopathic,
        "exercise_associated",
        "pregnancy_associated",
        "medication_associated",
        "statin_myopathy",
        "rhabdomyolysis",
        "quinine_adverse_effect",
        "deep_vein_thrombosis",
        "pulmonary_embolism",
        "acute_limb_ischaemia",
        "critical_limb_ischaemia",
        "peripheral_arterial_disease_claudication",
        "prolonged_unrelieved_cramp",
        "neuromuscular_disease",
        "restless_legs_syndrome",
        "peripheral_neuropathy",
        "electrolyte_metabolic",
        "toxin_exposure",
        "tetanus",
        "compartment_syndrome",
        "dehydration",
        "cold_or_posture",
        "inactivity",
        "poor_circulation",
        "lumbar_nerve_root",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string id) => Known.Contains(id);

    public static string NameKey(string id) => $"cause.{id}.name";

    public static string ExplainKey(string id) => $"cause.{id}.explain";
}
