using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.Cli.Tests;

/// <summary>
/// Writes vignette files of our own in the format of ../shared/evaluation/vignettes.json: every hidden sign "no"
/// unless a case says otherwise, so each case states only what makes it what it is.
/// </summary>
internal static class TestVignettes
{
    private static readonly string[] Signs =
    [
        "breathless_chest_pain", "cold_pale_foot", "jaw_spasms_swallowing", "dark_urine", "injury_or_cast", "wound",
        "toxin_exposure", "weakness", "wasting_twitching", "rest_pain_or_nonhealing_sore", "tingling_mouth_hands",
        "swelling_one_leg", "swelling_both_legs", "redness_warmth", "numbness_tingling", "pain_walking_relieved_by_rest",
        "urge_to_move", "statin", "diuretic", "other_regular_medicine", "quinine", "pregnant_or_postpartum",
        "hard_exercise_or_standing", "back_pain", "diabetes_thyroid_kidney_liver", "bruising_bleeding", "sleep_disturbed",
    ];

    public static JsonObject Case(string id, string lang, string text, string expected, string cause, bool crampNow = false, params (string Key, string Value)[] hidden)
    {
        var answers = new JsonObject();
        foreach (var sign in Signs)
        {
            answers[sign] = "no";
        }

        answers["frequency"] = "no";
        answers["duration"] = "no";
        answers["location"] = "no";
        foreach (var (key, value) in hidden)
        {
            answers[key] = value;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["lang"] = lang,
            ["text"] = text,
            ["expected_triage"] = expected,
            ["accept_triage"] = new JsonArray(expected),
            ["expected_cause"] = cause,
            ["cramp_now"] = crampNow,
            ["flags"] = new JsonArray(),
            ["hidden"] = answers,
            ["source"] = "test",
        };
    }

    /// <summary>Writes the cases to a new temporary folder and returns the file's path.</summary>
    public static string Write(params JsonObject[] cases)
    {
        var folder = Directory.CreateTempSubdirectory("crampbot-eval-").FullName;
        var path = Path.Combine(folder, "vignettes.json");
        File.WriteAllText(path, new JsonArray([.. cases]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
