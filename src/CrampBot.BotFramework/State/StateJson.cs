using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.State;

/// <summary>
/// How typed state values become JSON: web defaults (camelCase), nulls left out, enums as strings. No type
/// names are ever written, so what a value reads back as is decided by the reader's type, never by the data.
/// </summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
