using CrampBot.Core.Content;
using CrampBot.Core.Recognition;

namespace CrampBot.Bot.Understanding;

/// <summary>
/// Which language to answer in. The user's explicit choice wins; otherwise a message written in Chinese is
/// answered in Chinese whatever the channel's locale says; otherwise the activity's locale decides.
/// </summary>
public static class LanguagePicker
{
    public static string Pick(string? text, string? activityLocale, string? chosen)
    {
        if (chosen is not null)
        {
            return Locales.Resolve(chosen);
        }

        if (!string.IsNullOrEmpty(text) && TextLanguage.ContainsHan(text))
        {
            return Locales.SimplifiedChinese;
        }

        return Locales.Resolve(activityLocale);
    }

    /// <summary>The other content language: what "中文 / English" switches to.</summary>
    public static string Other(string locale) =>
        locale == Locales.SimplifiedChinese ? Locales.English : Locales.SimplifiedChinese;

    /// <summary>
    /// The locale that picks the emergency number. The region counts, not the language: a Chinese speaker on an
    /// en-US channel still calls 911. Without a region, a Chinese conversation assumes mainland China.
    /// </summary>
    public static string EmergencyLocale(string? activityLocale, string language)
    {
        if (EmergencyNumbers.HasRegion(activityLocale))
        {
            return activityLocale!;
        }

        return language == Locales.SimplifiedChinese ? "zh-CN" : activityLocale ?? Locales.English;
    }
}
