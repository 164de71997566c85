using System.Data.Common;
using System.Globalization;

namespace CrampBot.BotFramework.State;

/// <summary>
/// The one row layout both SQL providers share (key, document, version, owner, expires_at in Unix milliseconds),
/// read back into store items in one place so the two cannot drift apart.
/// </summary>
internal static class StoreRows
{
    public const string SelectColumns = "key, document, version, owner, expires_at";

    public static async Task ReadIntoAsync(DbDataReader reader, IDictionary<string, StoreItem> into, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            into[reader.GetString(0)] = Read(reader);
        }
    }

    /// <summary>The item on the reader's current row.</summary>
    public static StoreItem Read(DbDataReader reader) =>
        Item(reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));

    /// <summary>The item a row's columns make, whether just read from the file or remembered from a commit.</summary>
    public static StoreItem Item(string json, long version, string? owner, long? expiresAtMs) =>
        new(json, version.ToString(CultureInfo.InvariantCulture))
        {
            Owner = owner,
            ExpiresAt = expiresAtMs is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
        };
}
