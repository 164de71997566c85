namespace CrampBot.Core.Intents;

/// <summary>
/// The recognizer's answer for one message.
/// </summary>
/// <param name="Intent">The best intent (or <see cref="Intent.None"/>).</param>
/// <param name="Confidence">0..1. At or above <see cref="IntentRecognizer.ConfidentThreshold"/> the bot acts on it.</param>
/// <param name="Candidates">Every intent that scored, best first: the options of a clarifying question.</param>
/// <param name="LanguageTarget">For <see cref="Intent.ChangeLanguage"/>: "en", "zh-Hans", or null to switch to the other one.</param>
public sealed record IntentResult(
    Intent Intent,
    double Confidence,
    IReadOnlyList<IntentCandidate> Candidates,
    string? LanguageTarget = null)
{
    public IntentBand Band => Intent == Intent.None
        ? IntentBand.None
        : Confidence >= IntentRecognizer.ConfidentThreshold ? IntentBand.Confident : IntentBand.Unsure;

    public static IntentResult Nothing { get; } = new(Intent.None, 0, []);
}

/// <summary>One scored intent.</summary>
public sealed record IntentCandidate(Intent Intent, double Score);
