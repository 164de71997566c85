using System.Text;
using System.Text.Json;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// A property name of the stored dialog shape (<c>{"dialogStack": [{"id": …, "state": {…}}]}</c>), for the two
/// hand-written converters. Written under the options' naming policy; read without regard to case, as the web
/// defaults the state options start from. The camelCase form the state options write is known in advance, so the
/// common case costs no string.
/// </summary>
internal sealed class DialogJsonName
{
    public static readonly DialogJsonName Id = new(nameof(DialogInstance.Id), "id");
    public static readonly DialogJsonName State = new(nameof(DialogInstance.State), "state");
    public static readonly DialogJsonName DialogStack = new(nameof(DialogState.DialogStack), "dialogStack");

    private readonly string _member;
    private readonly string _camelCase;
    private readonly byte[] _camelCaseUtf8;

    private DialogJsonName(string member, string camelCase)
    {
        _member = member;
        _camelCase = camelCase;
        _camelCaseUtf8 = Encoding.UTF8.GetBytes(camelCase);
    }

    /// <summary>The name as <paramref name="options"/> write it.</summary>
    public string Under(JsonSerializerOptions options) => options.PropertyNamingPolicy switch
    {
        null => _member,
        var policy when policy == JsonNamingPolicy.CamelCase => _camelCase,
        var policy => policy.ConvertName(_member),
    };

    /// <summary>Whether the reader is at this name exactly as the state options write it (no string made).</summary>
    public bool IsWrittenAt(ref Utf8JsonReader reader) => reader.ValueTextEquals(_camelCaseUtf8);

    /// <summary>Whether <paramref name="name"/> is this one, in any case, as the member or under the options.</summary>
    public bool Matches(string? name, JsonSerializerOptions options) =>
        string.Equals(name, _member, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, Under(options), StringComparison.OrdinalIgnoreCase);
}
