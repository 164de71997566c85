using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the number in a short answer, the way the locale writes it: "1,234.5" in en-US, "1.234,5" in de-DE,
/// "3" or "三" or "十五" in Chinese, "five" in English, or a number inside a phrase ("about 3 times", "大概两次").
/// </summary>
public static partial class NumberText
{
    private static readonly Dictionary<string, int> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a hundred"] = 100, ["once"] = 1, ["twice"] = 2,
    };

    /// <summary>The first number in <paramref name="text"/>, read with <paramref name="culture"/>'s separators.</summary>
    public static bool TryParse(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        var normalized = PromptText.Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }

        const NumberStyles styles = NumberStyles.Number;
        if (decimal.TryParse(normalized, styles, culture, out value))
        {
            return true;
        }

        if (DigitsFor(culture.NumberFormat).Match(normalized) is { Success: true } match && decimal.TryParse(match.Value, styles, culture, out value))
        {
            return true;
        }

        if (ChineseNumeral().Match(normalized) is { Success: true } chinese && TryParseChinese(chinese.Value, out var integer))
        {
            value = integer;
            return true;
        }

        foreach (var word in EnglishWord().Matches(normalized).Select(m => m.Value))
        {
            if (EnglishWords.TryGetValue(word, out var number))
            {
                value = number;
                return true;
            }
        }

        return false;
    }

    /// <summary>Chinese numerals up to 万: 三 = 3, 十五 = 15, 二十 = 20, 一百零五 = 105, 两千 = 2000, 三万 = 30000.</summary>
    public static bool TryParseChinese(string text, out long value)
    {
        value = 0;
        long section = 0;
        long digit = -1;
        foreach (var c in text)
        {
            var d = "零〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                d = 3;
            }

            if (d >= 0)
            {
                digit = d switch { 1 => 0, > 1 => d - 1, _ => 0 };
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            if (unit == 10000)
            {
                value += (section + Math.Max(digit, 0)) * unit;
                section = 0;
            }
            else
            {
                // "十五": a unit with no digit before it means one of it.
                section += (digit < 0 ? 1 : digit) * unit;
            }

            digit = -1;
        }

        value += section + Math.Max(digit, 0);
        return text.Length > 0;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Group, string Decimal), Regex> DigitPatterns = new();

    /// <summary>
    /// The pattern of a number written with these separators, built once per pair: a few locales ever meet, and
    /// building it on every answer parsed the pattern again each time.
    /// </summary>
    private static Regex DigitsFor(NumberFormatInfo format) =>
        DigitPatterns.GetOrAdd(
            (format.NumberGroupSeparator, format.NumberDecimalSeparator),
            static separators => new Regex(
                $@"[-+]?\d+(?:{Regex.Escape(separators.Group)}\d{{3}})*(?:{Regex.Escape(separators.Decimal)}\d+)?",
                RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(100)));

    [GeneratedRegex("[零〇一二两三四五六七八九十百千万]+")]
    private static partial Regex ChineseNumeral();

    [GeneratedRegex(@"a hundred|[a-z]+")]
    private static partial Regex EnglishWord();
}
