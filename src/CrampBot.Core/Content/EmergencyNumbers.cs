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

    public const string Default = "112";

    public static string For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Default;
        }

        // The region is the last two-letter subtag: en-US, zh-Hans-CN, en_GB.
        var region = locale.Split('-', '_').Skip(1).LastOrDefault(p => p.Length == 2);
        return region is not null && ByRegion.TryGetValue(region, out var number) ? number : Default;
    }
}
