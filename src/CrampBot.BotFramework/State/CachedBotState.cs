using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.State;

/// <summary>
/// One state object as loaded for the current turn. Properties read by a typed accessor are kept as live objects,
/// so a bot can mutate what it got back; at save time they are serialized into the document again, and the
/// result is compared with the JSON taken at load to decide whether anything changed.
/// </summary>
internal sealed class CachedBotState
{
    private static readonly ReusableJsonWriter Writers = new(default);

    private readonly JsonObject _document;
    private readonly Dictionary<string, LiveValue> _live = new(StringComparer.Ordinal);
    private string _snapshot;

    /// <param name="storedJson">The document's JSON as the store returned it, when known: it is what the next save is compared with, so the document need not be written out again to know it.</param>
    public CachedBotState(JsonObject document, string? eTag, DateTimeOffset? expiresAt = null, string? storedJson = null)
    {
        _document = document;
        ETag = eTag;
        ExpiresAt = expiresAt;
        _snapshot = storedJson ?? document.ToJsonString();
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

    /// <summary>
    /// The state as JSON: the loaded document with every live value in its place, written straight from the live
    /// objects (no intermediate JSON tree: that was the costliest part of a save).
    /// </summary>
    public string RenderJson(JsonSerializerOptions options)
    {
        using var lease = Writers.Rent();
        var writer = lease.Writer;
        writer.WriteStartObject();
        foreach (var (name, node) in _document)
        {
            writer.WritePropertyName(name);
            if (_live.TryGetValue(name, out var live))
            {
                WriteLive(writer, live, options);
            }
            else if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        foreach (var (name, live) in _live)
        {
            if (!_document.ContainsKey(name))
            {
                writer.WritePropertyName(name);
                WriteLive(writer, live, options);
            }
        }

        writer.WriteEndObject();

        return System.Text.Encoding.UTF8.GetString(lease.Written);
    }

    /// <summary>Whether <paramref name="json"/> (a rendering of this state) differs from what was loaded or last saved.</summary>
    public bool Differs(string json) => !string.Equals(json, _snapshot, StringComparison.Ordinal);

    public void MarkSaved(string? eTag, string json, DateTimeOffset? expiresAt)
    {
        ETag = eTag;
        _snapshot = json;
        ExpiresAt = expiresAt;
    }

    private static void WriteLive(Utf8JsonWriter writer, LiveValue live, JsonSerializerOptions options)
    {
        if (live.Value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, live.Value, live.Type, options);
        }
    }

    private sealed record LiveValue(object? Value, Type Type);
}
