namespace CrampBot.BotFramework.State;

/// <summary>The ETag rules of <see cref="IStorage"/> in one place, so every provider decides alike.</summary>
public static class StorageETags
{
    /// <summary>The ETag that overwrites whatever is stored.</summary>
    public const string Any = "*";

    /// <summary>
    /// Whether a write with <paramref name="incoming"/> may replace an item whose current ETag is
    /// <paramref name="stored"/> (null when nothing live is stored).
    /// </summary>
    public static bool Allows(string? incoming, string? stored) => incoming switch
    {
        Any => true,
        null => stored is null,
        _ => stored is not null && string.Equals(incoming, stored, StringComparison.Ordinal),
    };
}
