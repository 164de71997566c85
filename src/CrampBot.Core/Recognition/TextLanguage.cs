namespace CrampBot.Core.Recognition;

/// <summary>
/// Which language a message is written in, judged from its script. The bot answers in the language the user
/// writes, and the recognizer reads a Chinese sentence as Chinese even under an en-US locale.
/// </summary>
public static class TextLanguage
{
    public const string English = "en";
    public const string Chinese = "zh";

    /// <summary>Latin-only texts this short ("ok", "yes", "3x") do not show which language the user writes.</summary>
    public const int TooFewLettersToJudge = 3;

    /// <summary>True when the text holds CJK ideographs (Han script).</summary>
    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "zh" or "en". The script decides when there is one; a text mostly in Han is Chinese even with a few
    /// Latin words. A text with no Han and at most <see cref="TooFewLettersToJudge"/> Latin letters ("ok", "3x",
    /// digits, emoji) says too little, so the locale decides ("zh-CN", "zh-Hans" → zh).
    /// </summary>
    public static string Detect(ReadOnlySpan<char> text, string? locale = null)
    {
        var (han, latin) = Count(text);
        if (han == 0 && latin <= TooFewLettersToJudge)
        {
            return IsChineseLocale(locale) ? Chinese : English;
        }

        // A Han character carries about a word; a Latin word about five letters.
        return han * 5 >= latin ? Chinese : English;
    }

    /// <summary>Shorthand for <c>Detect(text, locale) == "zh"</c>.</summary>
    public static bool IsChinese(ReadOnlySpan<char> text, string? locale = null) => Detect(text, locale) == Chinese;

    public static bool IsChineseLocale(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    internal static (int Han, int Latin) Count(ReadOnlySpan<char> text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return (han, latin);
    }

    private static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
}
