namespace CrampBot.Core.Triage;

/// <summary>
/// Every fact a rule may use. The rules file is checked against this list at start-up, so a misspelt fact
/// stops the app instead of silently never firing. Names are the ones used in dialogs/triage-rules.yaml.
/// </summary>
public static class Facts
{
    // Numbers.
    public const string FrequencyPerWeek = "frequency_per_week";
    public const string EpisodeMinutes = "episode_minutes";
    public const string HistoryWeeks = "history_weeks";
    public const string AgeYears = "age_years";

    // Where it happens.
    public const string LocationCalf = "location_calf";
    public const string LocationFoot = "location_foot";
    public const string LocationThigh = "location_thigh";
    public const string OneLeg = "one_leg";
    public const string BothLegs = "both_legs";

    // Red-flag symptoms.
    public const string SwellingOneSide = "swelling_one_side";
    public const string RednessWarmth = "redness_warmth";
    public const string BreathlessChestPain = "breathless_chest_pain";
    public const string ColdPaleFoot = "cold_pale_foot";
    public const string InjuryOrCast = "injury_or_cast";
    public const string PainWorsening = "pain_worsening";
    public const string WoundRecent = "wound_recent";
    public const string JawStiffness = "jaw_stiffness";
    public const string DarkUrine = "dark_urine";
    public const string MuscleWeakness = "muscle_weakness";
    public const string WastingTwitching = "wasting_twitching";
    public const string RestPainEasedHanging = "rest_pain_eased_hanging";
    public const string ToxinExposure = "toxin_exposure";
    public const string TinglingMouth = "tingling_mouth";
    public const string BruisingBleeding = "bruising_bleeding";
    public const string HeavyBleeding = "heavy_bleeding";

    // Yellow-flag symptoms and history.
    public const string NumbnessTingling = "numbness_tingling";
    public const string BackPainRadiating = "back_pain_radiating";
    public const string PainWalkingRelievedRest = "pain_walking_relieved_rest";
    public const string UrgeToMove = "urge_to_move";
    public const string SleepDisturbed = "sleep_disturbed";
    public const string SwellingBoth = "swelling_both";
    public const string CrampsWidespread = "cramps_widespread";
    public const string PregnantOrPostpartum = "pregnant_or_postpartum";

    // Medicines.
    public const string TakesStatin = "takes_statin";
    public const string TakesDiuretic = "takes_diuretic";
    public const string TakesBeta2Agonist = "takes_beta2_agonist";
    public const string TakesCalciumChannelBlocker = "takes_ccb";
    public const string TakesOestrogen = "takes_oestrogen";
    public const string TakesQuinine = "takes_quinine";
    public const string TakesOtherMedicine = "takes_other_medicine";
    public const string MedicineNew = "medicine_new";
    public const string AsksQuinine = "asks_quinine";

    // Known conditions.
    public const string HasDiabetes = "has_diabetes";
    public const string HasThyroidDisease = "has_thyroid_disease";
    public const string HasKidneyDisease = "has_kidney_disease";
    public const string HasLiverDisease = "has_liver_disease";

    // Everyday triggers.
    public const string HardExercise = "hard_exercise";
    public const string ColdExposure = "cold_exposure";
    public const string PoorPosture = "poor_posture";
    public const string LowFluid = "low_fluid";
    public const string Inactive = "inactive";
    public const string HeavyLegsVeins = "heavy_legs_veins";

    /// <summary>All facts, in the order a reader would meet them.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        new(FrequencyPerWeek, FactKind.Number),
        new(EpisodeMinutes, FactKind.Number),
        new(HistoryWeeks, FactKind.Number),
        new(AgeYears, FactKind.Number),
        new(LocationCalf, FactKind.Flag),
        new(LocationFoot, FactKind.Flag),
        new(LocationThigh, FactKind.Flag),
        new(OneLeg, FactKind.Flag),
        new(BothLegs, FactKind.Flag),
        new(SwellingOneSide, FactKind.Flag),
        new(RednessWarmth, FactKind.Flag),
        new(BreathlessChestPain, FactKind.Flag),
        new(ColdPaleFoot, FactKind.Flag),
        new(InjuryOrCast, FactKind.Flag),
        new(PainWorsening, FactKind.Flag),
        new(WoundRecent, FactKind.Flag),
        new(JawStiffness, FactKind.Flag),
        new(DarkUrine, FactKind.Flag),
        new(MuscleWeakness, FactKind.Flag),
        new(WastingTwitching, FactKind.Flag),
        new(RestPainEasedHanging, FactKind.Flag),
        new(ToxinExposure, FactKind.Flag),
        new(TinglingMouth, FactKind.Flag),
        new(BruisingBleeding, FactKind.Flag),

        // Read from what the user writes, never asked: it only sharpens RF-13 (quinine) to an emergency.
        new(HeavyBleeding, FactKind.Flag, Askable: false),
        new(NumbnessTingling, FactKind.Flag),
        new(BackPainRadiating, FactKind.Flag),
        new(PainWalkingRelievedRest, FactKind.Flag),
        new(UrgeToMove, FactKind.Flag),
        new(SleepDisturbed, FactKind.Flag),
        new(SwellingBoth, FactKind.Flag),
        new(CrampsWidespread, FactKind.Flag),
        new(PregnantOrPostpartum, FactKind.Flag),
        new(TakesStatin, FactKind.Flag),
        new(TakesDiuretic, FactKind.Flag),
        new(TakesBeta2Agonist, FactKind.Flag),
        new(TakesCalciumChannelBlocker, FactKind.Flag),
        new(TakesOestrogen, FactKind.Flag),
        new(TakesQuinine, FactKind.Flag),
        new(TakesOtherMedicine, FactKind.Flag),
        new(MedicineNew, FactKind.Flag),
        new(AsksQuinine, FactKind.Flag, Askable: false),
        new(HasDiabetes, FactKind.Flag),
        new(HasThyroidDisease, FactKind.Flag),
        new(HasKidneyDisease, FactKind.Flag),
        new(HasLiverDisease, FactKind.Flag),
        new(HardExercise, FactKind.Flag),
        new(ColdExposure, FactKind.Flag),
        new(PoorPosture, FactKind.Flag),
        new(LowFluid, FactKind.Flag),
        new(Inactive, FactKind.Flag),
        new(HeavyLegsVeins, FactKind.Flag),
    ];

    private static readonly Dictionary<string, FactDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static FactDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static FactDefinition Get(string name) =>
        Find(name) ?? throw new ArgumentException($"Unknown fact '{name}'.", nameof(name));
}
