using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// The persisted dialog stack of a conversation. The active dialog is at index 0, as in Bot Builder.
/// Everything in it is plain JSON, so it survives storage and a restart without type names.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One running dialog: its id and its own JSON state (a waterfall's step index, a prompt's attempts).</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];
}
