using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// The persisted dialog stack of a conversation. The active dialog is at index 0, as in Bot Builder.
/// Everything in it is plain JSON, so it survives storage and a restart without type names.
/// </summary>
[JsonConverter(typeof(DialogStateJsonConverter))]
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One running dialog: its id and its own JSON state (a waterfall's step index, a prompt's attempts).</summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance
{
    /// <summary>Where a <see cref="ComponentDialog"/> keeps its children's stack in <see cref="State"/>.</summary>
    internal const string ChildStackKey = "dialogs";

    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];

    /// <summary>
    /// A component's child stack as live objects: read straight from storage (where <c>State["dialogs"]</c> then holds
    /// a null that keeps its place), or made from <c>State["dialogs"]</c> the first time a component runs this turn.
    /// It stands in for that entry until the instance is written (see <see cref="DialogInstanceJsonConverter"/>), so
    /// a component does not turn its whole child stack into JSON and back at every level on every turn.
    /// </summary>
    internal DialogState? ChildStack { get; set; }
}
