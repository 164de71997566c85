namespace CrampBot.Core.Intents;

/// <summary>
/// The recognizer's answer for one message, in the shape the bot's dialogs use.
/// </summary>
/// <param name="Intent">The best intent (or <see cref="Intent.None"/>).</param>
/// <param name="Confidence">0..1: the classifier's calibrated probability (1 for a rule or a button's label).</param>
/// <param name="Candidates">The likeliest intents, best first: the options of a clarifying question.</param>
/// <param name="LanguageTarget">For <see cref="Intent.ChangeLanguage"/>: "en", "zh-Hans", or null to switch to the other one.</param>
public sealed record IntentResult(
    Intent Intent,
    double Confidence,
    IReadOnlyList<IntentCandidate> Candidates,
    string? LanguageTarget = null)
{
    /// <summary>
    /// Act, ask which one was meant, or admit nothing was understood. The recognizer sets it from the thresholds in
    /// dialogs/understanding/intent-model.yaml; a result built by hand (a button's label) is confident unless it is
    /// <see cref="Intent.None"/>.
    /// </summary>
    public IntentBand Band { get; init; } = Intent == Intent.None ? IntentBand.None : IntentBand.Confident;

    /// <summary>
    /// Whether a rule (an exact command, a button's label) or the trained model decided. A result built by hand is
    /// a rule's: it came from words the bot itself offered.
    /// </summary>
    public CrampBot.Core.Understanding.Intents.IntentSource Source { get; init; } = CrampBot.Core.Understanding.Intents.IntentSource.Rule;

    public static IntentResult Nothing { get; } = new(Intent.None, 0, []);
}

/// <summary>One scored intent.</summary>
public sealed record IntentCandidate(Intent Intent, double Score);
