using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.State;

/// <summary>
/// A key-value store for bot state with optimistic concurrency. Every item carries an ETag; a write names the
/// ETag it was based on, and a store refuses a write whose ETag is stale (<see cref="StorageConflictException"/>).
/// ETag rules, the same for every provider (the shared contract tests pin them):
/// <list type="bullet">
/// <item><c>"*"</c>: overwrite whatever is stored, or create.</item>
/// <item><c>null</c>: create; a conflict if a live item already exists under the key (two turns that both saw
/// "nothing stored yet" cannot both win).</item>
/// <item>anything else: update; a conflict unless the stored item has exactly that ETag.</item>
/// </list>
/// A write of several keys is all-or-nothing. After a successful write each written item's
/// <see cref="StoreItem.ETag"/> holds its new ETag, as Bot Builder's memory storage does.
/// </summary>
public interface IStorage
{
    /// <summary>The items found; missing or expired keys are simply absent from the result.</summary>
    Task<IDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Removes the keys; a missing key is not an error.</summary>
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Removes every item written with <see cref="StoreItem.Owner"/> equal to <paramref name="owner"/>.</summary>
    Task<int> DeleteByOwnerAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Physically removes items whose time to live has passed (reads already ignore them).</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}

/// <summary>Something stored with an ETag, the token of the version it was read at.</summary>
public interface IStoreItem
{
    string? ETag { get; set; }
}

/// <summary>
/// One stored document. The document is plain JSON (no type names); typed values are (de)serialized by
/// <see cref="BotState"/> with System.Text.Json.
/// </summary>
public sealed class StoreItem : IStoreItem
{
    private readonly string? _json;
    private JsonObject? _document;

    public StoreItem(JsonObject document, string? eTag = null)
    {
        _document = document ?? throw new ArgumentNullException(nameof(document));
        ETag = eTag;
    }

    /// <summary>
    /// An item whose document is JSON text: what a store read, or what a state rendered for a save. The text is
    /// parsed only if <see cref="Document"/> is asked for, and written as is unless it was.
    /// </summary>
    internal StoreItem(string json, string? eTag)
    {
        _json = json ?? throw new ArgumentNullException(nameof(json));
        ETag = eTag;
    }

    public JsonObject Document => _document ??= JsonNode.Parse(_json!)!.AsObject();

    /// <summary>The JSON a store writes: the original text while the document was never opened (and so not changed).</summary>
    internal string Json => _document is null ? _json! : _document.ToJsonString();

    /// <summary>The text this item was made from (read from a store or rendered), null when it was made from a document.</summary>
    internal string? StoredJson => _json;

    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>
    /// The key of the user this item belongs to (conversation state carries the user's key), so
    /// <see cref="IStorage.DeleteByOwnerAsync"/> can erase a user's conversations too.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>When set, the item expires this long after the write (idle conversations); null keeps it.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>On a read: when the item will expire (null: never). Ignored on a write.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
