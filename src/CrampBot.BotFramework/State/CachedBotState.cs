using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.State;

/// <summary>
/// One state object as loaded for the current turn. Properties read by a typed accessor are kept as live objects,
/// so a bot can mutate what it got back; at save time they are serialized into the document again, and the
/// result is compared with the JSON taken at load to decide whether anything changed.
/// </summary>
internal sealed class CachedBotState
{
    private readonly JsonObject _document;
    private readonly Dictionary<string, LiveValue> _live = new(StringComparer.Ordinal);
    private string _snapshot;

    public CachedBotState(JsonObject document, string? eTag, DateTimeOffset? expiresAt = null)
    {
        _document = document;
        ETag = eTag;
        ExpiresAt = expiresAt;
        _snapshot = document.ToJsonString();
    }

    /// <summary>When the stored item expires unless written again (null: never, or not stored).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>The ETag of the version loaded (or last saved); null when nothing was stored.</summary>
    public string? ETag { get; set; }

    public bool TryGet<T>(string name, JsonSerializerOptions options, out T? value)
    {
        if (_live.TryGetValue(name, out var live))
        {
            if (live.Value is T typed)
            {
                value = typed;
                return true;
            }

            if (live.Value is null)
            {
                value = default;
                return true;
            }

            // Read back under another type than it was written with: convert through JSON, as storage would.
            value = JsonSerializer.SerializeToNode(live.Value, live.Type, options).Deserialize<T>(options);
            return true;
        }

        if (_document.TryGetPropertyValue(name, out var node))
        {
            value = node.Deserialize<T>(options);
            _live[name] = new LiveValue(value, typeof(T));
            return true;
        }

        value = default;
        return false;
    }

    public void Set<T>(string name, T value) => _live[name] = new LiveValue(value, typeof(T));

    public void Remove(string name)
    {
        _live.Remove(name);
        _document.Remove(name);
    }

    public void Clear()
    {
        _live.Clear();
        _document.Clear();
    }

    /// <summary>The document with every live value written into it.</summary>
    public JsonObject Render(JsonSerializerOptions options)
    {
        foreach (var (name, live) in _live)
        {
            _document[name] = live.Value is null ? null : JsonSerializer.SerializeToNode(live.Value, live.Type, options);
        }

        return _document;
    }

    /// <summary>Whether <paramref name="json"/> (a rendering of this state) differs from what was loaded or last saved.</summary>
    public bool Differs(string json) => !string.Equals(json, _snapshot, StringComparison.Ordinal);

    public void MarkSaved(string? eTag, string json, DateTimeOffset? expiresAt)
    {
        ETag = eTag;
        _snapshot = json;
        ExpiresAt = expiresAt;
    }

    private sealed record LiveValue(object? Value, Type Type);
}
