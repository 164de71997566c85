namespace CrampBot.Core.Content;

/// <summary>Which message file serves a user's locale.</summary>
public static class Locales
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-Hans";

    /// <summary>The content locales; each has dialogs/messages.&lt;locale&gt;.yaml.</summary>
    public static IReadOnlyList<string> All { get; } = [English, SimplifiedChinese];

    /// <summary>
    /// zh, zh-CN, zh-Hans, zh-SG … read the simplified Chinese file. Traditional-script tags (zh-TW, zh-Hant)
    /// also land there: closer to the reader than English. Everything else, and no locale, reads English.
    /// </summary>
    public static string Resolve(string? locale) =>
        locale is not null && (locale.Equals("zh", StringComparison.OrdinalIgnoreCase)
                               || locale.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
                               || locale.StartsWith("zh_", StringComparison.OrdinalIgnoreCase))
            ? SimplifiedChinese
            : English;
}
