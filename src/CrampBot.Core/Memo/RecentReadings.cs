namespace CrampBot.Core.Memo;

/// <summary>
/// Remembers the last few results of a pure but costly reading of a message, for the rest of the turn that
/// read it. One turn reads its message several times (the red-flag scan, the prompt's recognizer, routing), and
/// each reading is deterministic, so the turn should pay for it once. A hit needs the very same string object
/// (and locale): every turn's text is a fresh string parsed from its own request, so readings are shared within
/// a turn and never across turns or users, and a load test that sends the same words again and again still pays
/// for every turn. Slots are picked by hash and simply overwritten: no locks, no growth, no eviction policy. An
/// entry is replaced as one reference, so a reader on any thread sees a whole entry or none.
/// </summary>
/// <typeparam name="T">An immutable result, safe to hand to several callers.</typeparam>
public sealed class RecentReadings<T>
    where T : class
{
    private readonly Entry?[] _slots;

    /// <param name="slots">How many recent messages to remember: enough for the turns in flight at once.</param>
    public RecentReadings(int slots = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        _slots = new Entry?[slots];
    }

    /// <summary>The remembered result for this very string and locale, or a fresh <paramref name="read"/> remembered now.</summary>
    public T GetOrRead(string text, string? locale, Func<string, string?, T> read)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(read);
        // Hashing the reference, not the characters: cheap, and only the same object can hit anyway.
        var slot = (int)((uint)HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(text), locale) % (uint)_slots.Length);
        var entry = Volatile.Read(ref _slots[slot]);
        if (entry is not null && ReferenceEquals(entry.Text, text) && string.Equals(entry.Locale, locale, StringComparison.Ordinal))
        {
            return entry.Value;
        }

        var value = read(text, locale);
        Volatile.Write(ref _slots[slot], new Entry(text, locale, value));
        return value;
    }

    private sealed record Entry(string Text, string? Locale, T Value);
}
