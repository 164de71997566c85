using System.Globalization;
using System.Text.Json;
using CrampBot.Core.Recognition;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>One case in the recognizer case format (see ../shared/recognizer-cases/README.md).</summary>
internal sealed record RecognizerCase(string Id, string Lang, string Input, IReadOnlyList<ExpectedItem> Expected);

/// <summary>
/// An expected item reduced to what scoring compares: kind, span, value in comparable numbers
/// (seconds for durations, events per second for frequencies) and the modifier.
/// </summary>
internal sealed record ExpectedItem(RecognizedKind Kind, string Text, double Min, double Max, bool IsRange, QuantityModifier Modifier, string ValueJson);

internal static class RecognizerCases
{
    public static IReadOnlyList<RecognizerCase> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var cases = new List<RecognizerCase>();
        foreach (var c in document.RootElement.EnumerateArray())
        {
            var expected = new List<ExpectedItem>();
            foreach (var e in c.GetProperty("expected").EnumerateArray())
            {
                expected.Add(ParseExpected(e));
            }

            cases.Add(new RecognizerCase(
                c.GetProperty("id").GetString()!, c.GetProperty("lang").GetString()!, c.GetProperty("input").GetString()!, expected));
        }

        return cases;
    }

    private static ExpectedItem ParseExpected(JsonElement e)
    {
        var kind = e.GetProperty("kind").GetString() == "duration" ? RecognizedKind.Duration : RecognizedKind.Frequency;
        var mod = e.TryGetProperty("mod", out var m) ? m.GetString() switch
        {
            "approx" => QuantityModifier.Approx,
            "less" => QuantityModifier.Less,
            "more" => QuantityModifier.More,
            var other => throw new FormatException("unknown mod " + other),
        } : QuantityModifier.None;
        var value = e.GetProperty("value");
        double min, max;
        bool isRange;
        if (kind == RecognizedKind.Duration)
        {
            isRange = value.ValueKind == JsonValueKind.Object;
            min = Iso.Seconds(isRange ? value.GetProperty("min").GetString()! : value.GetString()!);
            max = Iso.Seconds(isRange ? value.GetProperty("max").GetString()! : value.GetString()!);
        }
        else
        {
            var per = Iso.Seconds(value.GetProperty("per").GetString()!);
            var count = value.GetProperty("count");
            isRange = count.ValueKind == JsonValueKind.Object;
            min = (isRange ? count.GetProperty("min").GetDouble() : count.GetDouble()) / per;
            max = (isRange ? count.GetProperty("max").GetDouble() : count.GetDouble()) / per;
        }

        return new ExpectedItem(kind, e.GetProperty("text").GetString()!, min, max, isRange, mod, value.GetRawText());
    }
}

/// <summary>ISO-8601 durations to seconds with the case files' conventions (Y = 365 d, M = 30 d, W = 7 d).</summary>
internal static class Iso
{
    public static double Seconds(string iso)
    {
        if (iso.Length < 2 || iso[0] != 'P')
        {
            throw new FormatException("not an ISO duration: " + iso);
        }

        double total = 0;
        var inTime = false;
        var start = 1;
        for (var i = 1; i < iso.Length; i++)
        {
            var c = iso[i];
            if (c == 'T')
            {
                inTime = true;
                start = i + 1;
                continue;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                continue;
            }

            var amount = double.Parse(iso.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            total += amount * (c, inTime) switch
            {
                ('Y', false) => 365 * 86400,
                ('M', false) => 30 * 86400,
                ('W', false) => 7 * 86400,
                ('D', false) => 86400,
                ('H', true) => 3600,
                ('M', true) => 60,
                ('S', true) => 1,
                _ => throw new FormatException("bad designator in " + iso),
            };
            start = i + 1;
        }

        return total;
    }
}
