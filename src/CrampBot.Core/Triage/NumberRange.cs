using System.Text.Json.Serialization;

namespace CrampBot.Core.Triage;

/// <summary>
/// A number the user gave, kept as a range because people say "two or three times a week" or "more than ten
/// minutes". Open bounds use 0 and <see cref="double.PositiveInfinity"/>, which JSON stores as "Infinity".
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
public sealed record NumberRange(double Min, double Max)
{
    public static NumberRange Exactly(double value) => new(value, value);

    public static NumberRange AtLeast(double value) => new(value, double.PositiveInfinity);

    public static NumberRange AtMost(double value) => new(0, value);

    public override string ToString() =>
        Min == Max ? Fmt(Min) : double.IsPositiveInfinity(Max) ? ">" + Fmt(Min) : Fmt(Min) + "-" + Fmt(Max);

    private static string Fmt(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
