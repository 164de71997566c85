using System.Diagnostics;
using CrampBot.BotFramework.State;

namespace CrampBot.BotFramework.Telemetry;

/// <summary>
/// Times every call to the store it wraps and counts ETag conflicts, whatever the provider. Keys and documents are
/// never recorded: only the operation, the provider's type name and whether the call succeeded.
/// </summary>
public sealed class InstrumentedStorage(IStorage inner, BotTelemetry telemetry) : IStorage, IAsyncDisposable, IDisposable
{
    private readonly string _provider = inner.GetType().Name;

    /// <summary>The store being measured.</summary>
    public IStorage Inner => inner;

    public Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        MeasureAsync("read", () => inner.ReadAsync(keys, cancellationToken));

    public Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
        MeasureAsync("write", async () =>
        {
            await inner.WriteAsync(changes, cancellationToken);
            return true;
        });

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        MeasureAsync("delete", async () =>
        {
            await inner.DeleteAsync(keys, cancellationToken);
            return true;
        });

    public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default) =>
        MeasureAsync("delete_by_owner", () => inner.DeleteByOwnerAsync(owner, cancellationToken));

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync("purge", () => inner.PurgeExpiredAsync(cancellationToken));

    /// <summary>The container disposes this wrapper; the store underneath (a connection pool, a writer thread) goes with it.</summary>
    public ValueTask DisposeAsync() => inner switch
    {
        IAsyncDisposable asyncDisposable => asyncDisposable.DisposeAsync(),
        IDisposable disposable => Dispose(disposable),
        _ => ValueTask.CompletedTask,
    };

    public void Dispose()
    {
        if (inner is IDisposable disposable)
        {
            disposable.Dispose();
        }
        else if (inner is IAsyncDisposable asyncDisposable)
        {
            asyncDisposable.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ValueTask Dispose(IDisposable disposable)
    {
        disposable.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        if (!telemetry.StorageDuration.Enabled && !telemetry.StorageConflicts.Enabled)
        {
            return await call();
        }

        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call();
            outcome = "ok";
            return result;
        }
        catch (StorageConflictException)
        {
            outcome = "conflict";
            telemetry.StorageConflicts.Add(1, new KeyValuePair<string, object?>("provider", _provider));
            throw;
        }
        finally
        {
            telemetry.StorageDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new TagList { { "operation", operation }, { "provider", _provider }, { "outcome", outcome } });
        }
    }
}
