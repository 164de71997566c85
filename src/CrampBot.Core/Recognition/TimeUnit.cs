namespace CrampBot.Core.Recognition;

/// <summary>
/// Calendar units in the order an ISO-8601 duration writes them (date part, then time part).
/// The numeric values index <see cref="DurationParts"/>, so keep them dense.
/// </summary>
internal enum TimeUnit : byte
{
    None = 0,
    Year = 1,
    Month = 2,
    Week = 3,
    Day = 4,
    Hour = 5,
    Minute = 6,
    Second = 7,
}

internal static class TimeUnits
{
    /// <summary>Seconds per unit, with the conventions of the case files: Y = 365 d, M = 30 d, W = 7 d.</summary>
    public static double Seconds(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => 365d * 86400,
        TimeUnit.Month => 30d * 86400,
        TimeUnit.Week => 7d * 86400,
        TimeUnit.Day => 86400,
        TimeUnit.Hour => 3600,
        TimeUnit.Minute => 60,
        TimeUnit.Second => 1,
        _ => 0,
    };

    public static char Designator(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => 'Y',
        TimeUnit.Month => 'M',
        TimeUnit.Week => 'W',
        TimeUnit.Day => 'D',
        TimeUnit.Hour => 'H',
        TimeUnit.Minute => 'M',
        TimeUnit.Second => 'S',
        _ => '?',
    };
}
