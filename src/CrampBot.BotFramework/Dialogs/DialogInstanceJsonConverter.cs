using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// Writes a <see cref="DialogInstance"/> as <c>{"id": …, "state": {…}}</c>, the same JSON the default contract
/// wrote, except that a live <see cref="DialogInstance.ChildStack"/> is written in the place of the stale
/// <c>"dialogs"</c> entry (or after the others when there is none yet). Reads the same shape back.
/// </summary>
internal sealed class DialogInstanceJsonConverter : System.Text.Json.Serialization.JsonConverter<DialogInstance>
{
    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadInstance(ref reader, options);

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options) =>
        WriteInstance(writer, value, options);

    internal static DialogInstance ReadInstance(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance is a JSON object.");
        }

        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = Which(ref reader, options);
            reader.Read();
            if (property == Property.Id)
            {
                instance.Id = reader.TokenType == JsonTokenType.Null ? string.Empty : reader.GetString()!;
            }
            else if (property == Property.State)
            {
                ReadState(ref reader, instance, options);
            }
            else
            {
                reader.Skip();
            }
        }

        return instance;
    }

    /// <summary>
    /// Reads the state object property by property. A component's child stack (<c>"dialogs"</c>) is read straight
    /// into <see cref="DialogInstance.ChildStack"/>: read as JSON nodes first, a stack nested three deep was copied
    /// and parsed again at every level. A null keeps its place in <see cref="DialogInstance.State"/>, so the
    /// instance is written back in the order it was read.
    /// </summary>
    private static void ReadState(ref Utf8JsonReader reader, DialogInstance instance, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            instance.State = [];
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance's state is a JSON object.");
        }

        var state = new JsonObject();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == DialogInstance.ChildStackKey && reader.TokenType == JsonTokenType.StartObject)
            {
                instance.ChildStack = DialogStateJsonConverter.ReadState(ref reader, options);
                state[name] = null;
            }
            else
            {
                state[name] = JsonNode.Parse(ref reader, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive });
            }
        }

        instance.State = state;
    }

    internal static void WriteInstance(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(DialogJsonName.Id.Under(options), value.Id);
        writer.WritePropertyName(DialogJsonName.State.Under(options));
        writer.WriteStartObject();
        var children = value.ChildStack;
        foreach (var (name, node) in value.State)
        {
            writer.WritePropertyName(name);
            if (children is not null && name == DialogInstance.ChildStackKey)
            {
                DialogStateJsonConverter.WriteState(writer, children, options);
            }
            else if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, options);
            }
        }

        if (children is not null && !value.State.ContainsKey(DialogInstance.ChildStackKey))
        {
            writer.WritePropertyName(DialogInstance.ChildStackKey);
            DialogStateJsonConverter.WriteState(writer, children, options);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private enum Property
    {
        Other,
        Id,
        State,
    }

    /// <summary>Which property the reader is at (see <see cref="DialogJsonName"/> for how names are matched).</summary>
    private static Property Which(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (DialogJsonName.Id.IsWrittenAt(ref reader))
        {
            return Property.Id;
        }

        if (DialogJsonName.State.IsWrittenAt(ref reader))
        {
            return Property.State;
        }

        var name = reader.GetString();
        return DialogJsonName.Id.Matches(name, options) ? Property.Id
            : DialogJsonName.State.Matches(name, options) ? Property.State
            : Property.Other;
    }
}
