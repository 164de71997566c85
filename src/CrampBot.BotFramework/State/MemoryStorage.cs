
namespace CrampBot.BotFramework.State;

/// <summary>
/// In-process storage for tests and single-instance experiments. Items are kept as JSON text, so a value read
/// back is a fresh copy exactly as a database would return it (no shared references between turns).
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private long _lastVersion;

    public MemoryStorage(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    public Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = _time.GetUtcNow();
        IDictionary<string, StoreItem> found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys.Distinct())
            {
                if (Live(key, now) is { } entry)
                {
                    found[key] = new StoreItem(entry.Json, entry.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Owner = entry.Owner, ExpiresAt = entry.ExpiresAt };
                }
            }
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            // Check every key before writing any, so a conflict leaves the store untouched.
            foreach (var (key, item) in changes)
            {
                var stored = Live(key, now)?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!StorageETags.Allows(item.ETag, stored))
                {
                    throw StorageConflictException.ForKey(key);
                }
            }

            foreach (var (key, item) in changes)
            {
                var version = ++_lastVersion;
                _items[key] = new Entry(item.Json, version, item.Owner, now + item.TimeToLive);
                item.ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var keys = _items.Where(p => p.Value.Owner == owner).Select(p => p.Key).ToList();
            keys.ForEach(k => _items.Remove(k));
            return Task.FromResult(keys.Count);
        }
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var keys = _items.Where(p => p.Value.ExpiresAt <= now).Select(p => p.Key).ToList();
            keys.ForEach(k => _items.Remove(k));
            return Task.FromResult(keys.Count);
        }
    }

    private Entry? Live(string key, DateTimeOffset now) =>
        _items.TryGetValue(key, out var entry) && !(entry.ExpiresAt <= now) ? entry : null;

    private sealed record Entry(string Json, long Version, string? Owner, DateTimeOffset? ExpiresAt);
}
