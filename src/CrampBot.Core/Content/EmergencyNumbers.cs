namespace CrampBot.Core.Content;

/// <summary>
/// The emergency number for a user's locale. The region decides, not the language: en-US calls 911, en-GB 999,
/// zh-CN 120 (medical emergencies in mainland China). Anywhere else we give 112, which works across the EU and
/// on most mobile networks elsewhere; the message text also tells people to use their local number.
/// </summary>
public static class EmergencyNumbers
{
    private static readonly Dictionary<string, string> ByRegion = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "911",
        ["CA"] = "911",
        ["GB"] = "999",
        ["CN"] = "120",
    };

    // Looked up by a slice of the locale: every reply that names the number asks, so no strings are cut for it.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByRegionSpan = ByRegion.GetAlternateLookup<ReadOnlySpan<char>>();

    public const string Default = "112";

    public static string For(string? locale) =>
        locale is not null && TryGetRegion(locale, out var region) && ByRegionSpan.TryGetValue(region, out var number) ? number : Default;

    /// <summary>Whether the locale names a region (en-US, zh-Hans-CN, en_GB), not just a language (en, zh-Hans).</summary>
    public static bool HasRegion(string? locale) => locale is not null && TryGetRegion(locale, out _);

    /// <summary>The region: the last two-letter subtag after the language.</summary>
    private static bool TryGetRegion(ReadOnlySpan<char> locale, out ReadOnlySpan<char> region)
    {
        region = default;
        var first = true;
        foreach (var range in locale.SplitAny('-', '_'))
        {
            if (!first && range.End.Value - range.Start.Value == 2)
            {
                region = locale[range];
            }

            first = false;
        }

        return region.Length == 2;
    }
}
