namespace CrampBot.BotFramework.State;

/// <summary>A write was based on a stale ETag: someone else changed the item since it was read.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
        : base("The stored item changed since it was read (ETag conflict).")
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StorageConflictException ForKey(string key) =>
        new($"ETag conflict on '{key}': the stored item changed since it was read, or it already exists.");
}
