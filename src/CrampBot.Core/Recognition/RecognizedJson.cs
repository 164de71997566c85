using System.Text.Json;

namespace CrampBot.Core.Recognition;

/// <summary>
/// Writes recognized items in the recognizer case files' format:
/// {"kind","text","start","length","value","mod"}, a duration value as "PT2M" or {"min","max"},
/// a frequency as {"count": n | {"min","max"}, "per": "P1W"}; "mod" only when there is one.
/// </summary>
public static class RecognizedJson
{
    public static void WriteItem(Utf8JsonWriter writer, Recognized item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.WriteStartObject();
        writer.WriteString("kind", item.Kind == RecognizedKind.Duration ? "duration" : "frequency");
        writer.WriteString("text", item.Text);
        writer.WriteNumber("start", item.Start);
        writer.WriteNumber("length", item.Length);
        writer.WritePropertyName("value");
        WriteValue(writer, item.Value);
        if (item.Modifier != QuantityModifier.None)
        {
            writer.WriteString("mod", ModifierName(item.Modifier));
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, RecognizedValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case DurationValue d when !d.IsRange:
                writer.WriteStringValue(d.MinIso);
                break;
            case DurationValue d:
                writer.WriteStartObject();
                writer.WriteString("min", d.MinIso);
                writer.WriteString("max", d.MaxIso);
                writer.WriteEndObject();
                break;
            case FrequencyValue f:
                writer.WriteStartObject();
                writer.WritePropertyName("count");
                if (f.IsRange)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("min", f.MinCount);
                    writer.WriteNumber("max", f.MaxCount);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNumberValue(f.MinCount);
                }

                writer.WriteString("per", f.PerIso);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>"approx", "less", "more", or null for none: the spelling the case files use.</summary>
    public static string? ModifierName(QuantityModifier modifier) => modifier switch
    {
        QuantityModifier.Approx => "approx",
        QuantityModifier.Less => "less",
        QuantityModifier.More => "more",
        _ => null,
    };
}
