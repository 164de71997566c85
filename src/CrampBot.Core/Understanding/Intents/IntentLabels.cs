using CrampBot.Core.Intents;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// The 23 intent labels as they are written in dialogs/understanding/ and in the evaluation sets
/// ("cramp_now", "describe_symptoms", …), and the <see cref="Intent"/> each one means to the bot.
/// </summary>
public static class IntentLabels
{
    private static readonly (string Label, Intent Intent)[] Pairs =
    [
        ("cramp_now", Intent.CrampNow),
        ("describe_symptoms", Intent.SymptomCheck),
        ("why", Intent.WhyCramps),
        ("prevention", Intent.Prevention),
        ("calcium", Intent.Calcium),
        ("magnesium", Intent.Magnesium),
        ("pickle_juice", Intent.PickleJuice),
        ("medicines", Intent.Medicines),
        ("pregnancy", Intent.Pregnancy),
        ("stretches", Intent.Stretches),
        ("sleeping_posture", Intent.SleepingPosture),
        ("help", Intent.Help),
        ("cancel", Intent.Cancel),
        ("start_over", Intent.StartOver),
        ("change_language", Intent.ChangeLanguage),
        ("delete_data", Intent.DeleteData),
        ("thanks", Intent.Thanks),
        ("goodbye", Intent.Goodbye),
        ("greeting", Intent.Greeting),
        ("yes", Intent.Yes),
        ("no", Intent.No),
        ("unsure", Intent.Unsure),
        ("out_of_scope", Intent.OutOfScope),
    ];

    private static readonly Dictionary<string, Intent> ByLabel = Pairs.ToDictionary(p => p.Label, p => p.Intent, StringComparer.Ordinal);
    private static readonly Dictionary<Intent, string> ByIntent = Pairs.ToDictionary(p => p.Intent, p => p.Label);

    /// <summary>Every label, in a fixed order (the model's class order).</summary>
    public static IReadOnlyList<string> All { get; } = Pairs.Select(p => p.Label).ToArray();

    /// <summary>The label of "not understood"; never a training label.</summary>
    public const string None = "none";

    /// <summary>Whether <paramref name="label"/> is one of the 23 labels.</summary>
    public static bool IsKnown(string label) => ByLabel.ContainsKey(label);

    /// <summary>The intent a label means; <see cref="Intent.None"/> for <see cref="None"/> or an unknown label.</summary>
    public static Intent ToIntent(string label) => ByLabel.GetValueOrDefault(label, Intent.None);

    /// <summary>The label of an intent; <see cref="None"/> for <see cref="Intent.None"/>.</summary>
    public static string ToLabel(Intent intent) => ByIntent.GetValueOrDefault(intent, None);
}
