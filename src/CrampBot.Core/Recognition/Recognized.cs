namespace CrampBot.Core.Recognition;

/// <summary>What a recognized quantity measures.</summary>
public enum RecognizedKind
{
    Duration,
    Frequency,
}

/// <summary>How the stated value relates to the real one ("about", "less than", "at least").</summary>
public enum QuantityModifier
{
    None,
    Approx,
    Less,
    More,
}

/// <summary>
/// One quantity found in free text: where it is, what it measures, and its value.
/// </summary>
/// <param name="Kind">Duration or frequency.</param>
/// <param name="Start">Offset of the span in the original text (UTF-16 code units).</param>
/// <param name="Length">Length of the span, modifiers included.</param>
/// <param name="Text">The span's text as it appears in the input.</param>
/// <param name="Value">A <see cref="DurationValue"/> or a <see cref="FrequencyValue"/>.</param>
/// <param name="Modifier">Approximation or bound the user put on the value.</param>
public sealed record Recognized(
    RecognizedKind Kind,
    int Start,
    int Length,
    string Text,
    RecognizedValue Value,
    QuantityModifier Modifier)
{
    public DurationValue? Duration => Value as DurationValue;

    public FrequencyValue? Frequency => Value as FrequencyValue;
}

/// <summary>Base of the two value shapes.</summary>
public abstract record RecognizedValue
{
    /// <summary>True when the user gave a range ("two or three minutes").</summary>
    public abstract bool IsRange { get; }
}

/// <summary>
/// A length of time, single or a range. ISO strings keep what was said (PT2M, P1.5H, P1Y1M21D);
/// seconds use Y = 365 d, M = 30 d, W = 7 d, D = 24 h, so rules can compare numbers.
/// </summary>
public sealed record DurationValue(string MinIso, string MaxIso, double MinSeconds, double MaxSeconds) : RecognizedValue
{
    public override bool IsRange => MinIso != MaxIso;
}

/// <summary>
/// A rate: a count (single or range) per ISO-8601 period, e.g. {2..3, P1W}.
/// </summary>
public sealed record FrequencyValue(double MinCount, double MaxCount, string PerIso, double PerSeconds) : RecognizedValue
{
    private const double SecondsPerWeek = 7 * 24 * 3600;

    public override bool IsRange => MinCount != MaxCount;

    /// <summary>Lower end of the rate as events per week (what the triage rules compare).</summary>
    public double MinPerWeek => MinCount * SecondsPerWeek / PerSeconds;

    /// <summary>Upper end of the rate as events per week.</summary>
    public double MaxPerWeek => MaxCount * SecondsPerWeek / PerSeconds;
}
