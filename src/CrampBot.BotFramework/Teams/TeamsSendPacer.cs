using System.Collections.Concurrent;
using CrampBot.BotFramework.State;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Keeps the sends to each Teams conversation inside Teams' per-conversation rate windows (see
/// <see cref="TeamsRateWindow.DocumentedSendLimits"/>): a send that would exceed a window waits until the oldest
/// send in it has aged out. Sends to one conversation go one at a time, in order. After a 429 the conversation is
/// held until the throttle's Retry-After has passed, so the connector's retry and any later send wait it out
/// together instead of being throttled again.
/// </summary>
public sealed class TeamsSendPacer
{
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<TeamsRateWindow> _windows;
    private readonly TimeSpan _longest;
    private readonly KeyedAsyncLock _locks = new();
    private readonly ConcurrentDictionary<string, History> _histories = new(StringComparer.Ordinal);
    private int _sendsSinceSweep;

    public TeamsSendPacer(TimeProvider time, IReadOnlyList<TeamsRateWindow>? windows = null)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _windows = windows ?? TeamsRateWindow.DocumentedSendLimits;
        if (_windows.Count == 0 || _windows.Any(w => w.Count < 1 || w.Period <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every rate window needs a positive count and period.", nameof(windows));
        }

        _longest = _windows.Max(w => w.Period);
    }

    /// <summary>Conversations with sends still inside a window (for tests: the table must not grow forever).</summary>
    public int TrackedConversations => _histories.Count;

    /// <summary>
    /// Waits until one more send to <paramref name="conversation"/> fits every window, then counts it. Returns how
    /// long it waited. When that would take longer than <paramref name="maxWait"/> in all (a long Retry-After hold),
    /// it throws <see cref="TeamsSendHeldException"/> at once instead of sleeping through the caller's budget.
    /// </summary>
    public async Task<TimeSpan> WaitToSendAsync(string conversation, CancellationToken cancellationToken, TimeSpan? maxWait = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        using var held = await _locks.AcquireAsync(conversation, cancellationToken);
        var history = _histories.GetOrAdd(conversation, _ => new History());
        var started = _time.GetUtcNow();
        while (true)
        {
            var now = _time.GetUtcNow();
            var wait = history.WaitNeeded(now, _windows);
            if (wait <= TimeSpan.Zero)
            {
                history.Record(now, _longest);
                break;
            }

            if (maxWait is { } limit && (now - started) + wait > limit)
            {
                throw new TeamsSendHeldException(wait);
            }

            await Task.Delay(wait, _time, cancellationToken);
        }

        if (Interlocked.Increment(ref _sendsSinceSweep) % 256 == 0)
        {
            Sweep();
        }

        return _time.GetUtcNow() - started;
    }

    /// <summary>Teams answered 429: hold the conversation for <paramref name="retryAfter"/>.</summary>
    public void Throttled(string conversation, TimeSpan retryAfter)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        _histories.GetOrAdd(conversation, _ => new History()).HoldUntil(_time.GetUtcNow() + retryAfter);
    }

    /// <summary>Forgets conversations whose every send has aged out of the longest window.</summary>
    public void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, history) in _histories)
        {
            if (history.IsIdle(now, _longest))
            {
                _histories.TryRemove(new KeyValuePair<string, History>(key, history));
            }
        }
    }

    private sealed class History
    {
        private readonly Queue<DateTimeOffset> _sends = new();
        private readonly Lock _gate = new();
        private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;

        public TimeSpan WaitNeeded(DateTimeOffset now, IReadOnlyList<TeamsRateWindow> windows)
        {
            lock (_gate)
            {
                var wait = _heldUntil - now;
                var sends = _sends.ToArray();
                foreach (var window in windows)
                {
                    var inWindow = sends.Where(s => s > now - window.Period).ToArray();
                    if (inWindow.Length >= window.Count)
                    {
                        // The send that must age out before one more fits.
                        var free = inWindow[inWindow.Length - window.Count] + window.Period - now;
                        wait = free > wait ? free : wait;
                    }
                }

                return wait;
            }
        }

        public void Record(DateTimeOffset now, TimeSpan longest)
        {
            lock (_gate)
            {
                _sends.Enqueue(now);
                while (_sends.Count > 0 && _sends.Peek() <= now - longest)
                {
                    _sends.Dequeue();
                }
            }
        }

        public void HoldUntil(DateTimeOffset until)
        {
            lock (_gate)
            {
                if (until > _heldUntil)
                {
                    _heldUntil = until;
                }
            }
        }

        public bool IsIdle(DateTimeOffset now, TimeSpan longest)
        {
            lock (_gate)
            {
                return _heldUntil <= now && _sends.All(s => s <= now - longest);
            }
        }
    }
}
