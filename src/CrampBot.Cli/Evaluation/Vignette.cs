using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// One simulated patient, in the format of ../shared/evaluation/vignettes.json: what they type first, the level
/// and cause a clinician expects, and <see cref="Hidden"/>, their truthful answer to any follow-up question.
/// Only the runner's scoring reads the expected fields; the patient answers from <see cref="Hidden"/> alone.
/// </summary>
public sealed record Vignette(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expected_triage")] string ExpectedTriage,
    [property: JsonPropertyName("accept_triage")] IReadOnlyList<string>? AcceptTriage,
    [property: JsonPropertyName("expected_cause")] string? ExpectedCause,
    [property: JsonPropertyName("cramp_now")] bool CrampNow,
    [property: JsonPropertyName("hidden")] IReadOnlyDictionary<string, string> Hidden)
{
    /// <summary>The level name for a general question that should be answered without questioning.</summary>
    public const string NoTriage = "none";

    public bool ExpectsNoTriage => ExpectedTriage == NoTriage;

    public static IReadOnlyList<Vignette> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var list = JsonSerializer.Deserialize<List<Vignette>>(stream)
            ?? throw new InvalidDataException($"{path}: expected a JSON array of vignettes.");
        foreach (var v in list)
        {
            if (string.IsNullOrWhiteSpace(v.Id) || string.IsNullOrWhiteSpace(v.Text) || v.Hidden is null)
            {
                throw new InvalidDataException($"{path}: vignette '{v.Id}' needs id, text and hidden.");
            }

            if (v.ExpectedTriage != NoTriage && !EvaluatedLevel.TryParse(v.ExpectedTriage, out _))
            {
                throw new InvalidDataException($"{path}: vignette '{v.Id}' has an unknown expected_triage '{v.ExpectedTriage}'.");
            }
        }

        return list;
    }
}
