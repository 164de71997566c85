using System.Text.Json;
using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.State;

/// <summary>
/// A state object kept in <see cref="IStorage"/> under a key derived from the turn (the conversation, the user).
/// It is loaded at most once per turn, cached in <see cref="ITurnContext.TurnState"/>, and written back by
/// <see cref="SaveChangesAsync"/> only when its JSON differs from what was loaded. The write carries the ETag
/// read at load, so a concurrent change made elsewhere surfaces as a <see cref="StorageConflictException"/>
/// instead of being silently overwritten.
/// </summary>
public abstract class BotState
{
    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey, JsonSerializerOptions? jsonOptions = null, TimeProvider? timeProvider = null)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _contextServiceKey = contextServiceKey;
        JsonOptions = jsonOptions ?? StateJson.Options;
        Time = timeProvider ?? TimeProvider.System;
    }

    public IStorage Storage { get; }

    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>The clock that decides when an unchanged item with a time to live needs renewing.</summary>
    public TimeProvider Time { get; }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state for this turn unless it is already cached (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(_contextServiceKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken);
        turnContext.TurnState[_contextServiceKey] = items.TryGetValue(key, out var item)
            ? new CachedBotState(item.Document, item.ETag, item.ExpiresAt, item.StoredJson)
            : new CachedBotState([], null);
    }

    /// <summary>Writes the state if it changed this turn (or <paramref name="force"/>); does nothing if never loaded.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (PrepareSave(turnContext, force) is { } pending)
        {
            await Storage.WriteAsync(new Dictionary<string, StoreItem> { [pending.Key] = pending.Item }, cancellationToken);
            pending.Commit();
        }
    }

    /// <summary>
    /// The write this state needs at the end of the turn, or null when nothing changed. The caller writes it
    /// (possibly together with other states' writes, atomically) and then calls <see cref="PendingSave.Commit"/>.
    /// </summary>
    internal PendingSave? PrepareSave(ITurnContext turnContext, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not { } cached)
        {
            return null;
        }

        var json = cached.RenderJson(JsonOptions);
        if (!force && !cached.Differs(json) && !NeedsRenewal(cached))
        {
            return null;
        }

        // The item carries the JSON text itself: the store writes it as is, nothing parses it again.
        var item = new StoreItem(json, cached.ETag)
        {
            Owner = GetOwner(turnContext),
            TimeToLive = TimeToLive,
        };
        var now = Time.GetUtcNow();
        return new PendingSave(GetStorageKey(turnContext), item, () => cached.MarkSaved(item.ETag, json, now + TimeToLive));
    }

    /// <summary>
    /// Expiry counts idle time, so a conversation that is in use but whose state did not change is written again
    /// once less than half its time to live is left (at most one extra write per half-life, not one per turn).
    /// </summary>
    private bool NeedsRenewal(CachedBotState cached) =>
        TimeToLive is { } ttl && cached.ETag is not null && cached.ExpiresAt is { } expires && expires - Time.GetUtcNow() < ttl / 2;

    /// <summary>Empties the cached state; the next save writes the empty object (keeping the ETag check).</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await GetCachedAsync(turnContext, cancellationToken)).Clear();

    /// <summary>Removes the state from storage and from the turn; later access this turn starts empty.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
        turnContext.TurnState[_contextServiceKey] = new CachedBotState([], null);
    }

    /// <summary>Whether the cached state differs from what was loaded.</summary>
    public bool HasChanges(ITurnContext turnContext) =>
        turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is { } cached && cached.Differs(cached.RenderJson(JsonOptions));

    /// <summary>Drops the turn's cached copy, so the next access reads fresh from storage (a turn being re-run).</summary>
    public void Forget(ITurnContext turnContext) => turnContext.TurnState.Remove(_contextServiceKey);

    /// <summary>The storage key for this turn's state.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>The owner written with the item (see <see cref="StoreItem.Owner"/>).</summary>
    protected virtual string? GetOwner(ITurnContext turnContext) => null;

    /// <summary>How long the item lives after its last write; null keeps it until deleted.</summary>
    protected virtual TimeSpan? TimeToLive => null;

    internal async Task<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)!;
    }

    /// <summary>Reads a value off the turn's activity, failing clearly when the channel left it out.</summary>
    protected static string Require(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {what}; state cannot be keyed.") : value;
}

/// <summary>A state write prepared but not yet done; <see cref="Commit"/> records it as saved.</summary>
internal sealed record PendingSave(string Key, StoreItem Item, Action Commit);
