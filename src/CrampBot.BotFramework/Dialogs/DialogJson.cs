using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.State;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// Conversions between the values dialogs pass around (options, results, step values) and the JSON they are
/// stored as. Where Bot Builder keeps <c>object</c> (and needs type names to read it back), dialog state here
/// holds JSON and readers name the type they expect.
/// </summary>
public static class DialogJson
{
    /// <summary>A detached JSON copy of <paramref name="value"/> (null stays null).</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonSerializer.SerializeToNode(element, StateJson.Options),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), StateJson.Options),
    };

    /// <summary><paramref name="value"/> as <typeparamref name="T"/>: as is when it already is one, else through JSON.</summary>
    public static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonNode node => node.Deserialize<T>(StateJson.Options),
        JsonElement element => element.Deserialize<T>(StateJson.Options),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), StateJson.Options).Deserialize<T>(StateJson.Options),
    };

    /// <summary>Reads a named value from a JSON state bag (such as a waterfall's <c>Values</c>).</summary>
    public static T? Get<T>(this JsonObject bag, string name) =>
        bag.TryGetPropertyValue(name, out var node) && node is not null ? node.Deserialize<T>(StateJson.Options) : default;

    /// <summary>Stores a named value in a JSON state bag.</summary>
    public static void Set<T>(this JsonObject bag, string name, T value) => bag[name] = ToNode(value);
}
