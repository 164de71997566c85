using System.Data.Common;
using System.Net.Sockets;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// Tells a store that cannot be reached (database down, connection refused, disk locked) from a bug. Every provider
/// talks to its database through ADO.NET, whose errors are <see cref="DbException"/>s (SqliteException,
/// NpgsqlException); optimistic-concurrency conflicts are turned into their own exception by the stores and are
/// not outages. The state the store holds is untouched by such a failure, so the user's conversation is kept.
/// </summary>
public static class StorageOutage
{
    /// <summary>How long a client is asked to wait before trying again (the Retry-After of a 503).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A database error is an outage when the provider calls it transient, or when the server named no SQL state
    /// (the connection failed, SQLite could not open or lock its file) or a state of the connection (08), resource
    /// (53) or operator-intervention (57) classes. A server error about the statement itself is a bug, not an outage.
    /// </summary>
    private static bool IsOutage(DbException exception) =>
        exception.IsTransient
        || exception.SqlState is null
        || exception.SqlState.StartsWith("08", StringComparison.Ordinal)
        || exception.SqlState.StartsWith("53", StringComparison.Ordinal)
        || exception.SqlState.StartsWith("57", StringComparison.Ordinal);

    public static bool IsStorageUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException || (current is DbException db && IsOutage(db)))
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStorageUnavailable))
            {
                return true;
            }
        }

        return false;
    }
}
