using System.Text.Json;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// Writes a <see cref="DialogState"/> as <c>{"dialogStack": […]}</c>, the shape the default contract wrote, and
/// reads it back. A component's child stack is a dialog state inside a dialog instance inside a dialog state, so
/// the two converters call each other directly: through the serializer, each level of nesting started a new read
/// or write of its own (a fresh stack of frames, the options checked again), on every turn.
/// </summary>
internal sealed class DialogStateJsonConverter : System.Text.Json.Serialization.JsonConverter<DialogState>
{
    public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadState(ref reader, options);

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options) =>
        WriteState(writer, value, options);

    /// <summary>Reads a state object; a missing or null stack reads as an empty one.</summary>
    internal static DialogState ReadState(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog state is a JSON object.");
        }

        var state = new DialogState();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isStack = DialogJsonName.DialogStack.IsWrittenAt(ref reader)
                || DialogJsonName.DialogStack.Matches(reader.GetString(), options);
            reader.Read();
            if (!isStack || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A dialog stack is a JSON array.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // A null entry is no dialog that could run: left out, as a stack never holds one.
                if (reader.TokenType != JsonTokenType.Null)
                {
                    state.DialogStack.Add(DialogInstanceJsonConverter.ReadInstance(ref reader, options));
                }
            }
        }

        return state;
    }

    internal static void WriteState(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(DialogJsonName.DialogStack.Under(options));
        writer.WriteStartArray();
        foreach (var instance in value.DialogStack)
        {
            if (instance is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                DialogInstanceJsonConverter.WriteInstance(writer, instance, options);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
