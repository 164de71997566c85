using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Read connections, each with its SELECT prepared once, lent to one read at a time. In WAL mode a reader sees
/// the last commit and never waits for the writer, so a turn's load never queues behind other turns' saves.
/// The pool grows to the number of reads in flight at once and keeps at most <see cref="MaxIdle"/> idle.
/// </summary>
internal sealed class SqliteReaders(string path) : IDisposable
{
    private static readonly int MaxIdle = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<Reader> _idle = [];
    private volatile bool _disposed;

    public void ReadInto(IEnumerable<string> keys, long now, IDictionary<string, StoreItem> found)
    {
        var reader = Rent();
        try
        {
            foreach (var key in keys)
            {
                if (!found.ContainsKey(key))
                {
                    reader.ReadInto(key, now, found);
                }
            }
        }
        catch
        {
            // A connection that failed mid-read is not trusted again.
            reader.Dispose();
            throw;
        }

        Return(reader);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private Reader Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var reader) ? reader : new Reader(path);
    }

    private void Return(Reader reader)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _select;

        public Reader(string path)
        {
            _connection = SqliteSchema.OpenReader(path);
            _select = SqliteSchema.Prepare(
                _connection,
                $"SELECT {StoreRows.SelectColumns} FROM bot_state WHERE key = $key AND (expires_at IS NULL OR expires_at > $now)",
                "$key",
                "$now");
        }

        public void ReadInto(string key, long now, IDictionary<string, StoreItem> found)
        {
            _select.Parameters[0].Value = key;
            _select.Parameters[1].Value = now;
            using var row = _select.ExecuteReader();
            if (row.Read())
            {
                found[key] = StoreRows.Read(row);
            }
        }

        public void Dispose()
        {
            _select.Dispose();
            _connection.Dispose();
        }
    }
}
