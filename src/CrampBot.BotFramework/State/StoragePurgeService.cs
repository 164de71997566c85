using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Creates the store at start-up (so a bad path or connection string shows up at once, in the log) and then
/// removes expired conversation state every <see cref="BotStorageOptions.PurgeInterval"/>. Reads already ignore
/// expired items; this only reclaims the space.
/// </summary>
internal sealed partial class StoragePurgeService(IStorage storage, IOptions<BotStorageOptions> options, ILogger<StoragePurgeService> logger) : BackgroundService
{
    /// <summary>
    /// A SQLite file that cannot be created or written is a setting to fix, so start-up stops with the reason. A
    /// database server that is down is not: it may come back, and until then turns get an apology.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Telemetry may wrap the store (InstrumentedStorage); the file is the one underneath.
        if ((storage is Telemetry.InstrumentedStorage measured ? measured.Inner : storage) is SqliteStorage sqlite)
        {
            sqlite.EnsureCreated();
            LogSqliteFile(sqlite.Path);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval);
        do
        {
            try
            {
                var removed = await storage.PurgeExpiredAsync(stoppingToken);
                LogPurged(removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPurgeFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "State is kept in the SQLite file {Path}")]
    private partial void LogSqliteFile(string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Removed {Count} expired state items")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not purge expired state (is the store reachable?)")]
    private partial void LogPurgeFailed(Exception exception);
}
