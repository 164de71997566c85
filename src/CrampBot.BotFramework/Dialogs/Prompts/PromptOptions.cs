using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt asks and how. Stored with the prompt's instance (as JSON) until it is answered.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not understood; defaults to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>For choice prompts: what may be picked.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How the choices are shown; null lets the prompt decide.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Anything a custom validator wants to see (kept as JSON).</summary>
    public JsonNode? Validations { get; set; }

    /// <summary>Answers accepted before giving up with <see cref="PromptNotRecognized"/>; null uses the prompt's default, 0 never gives up.</summary>
    public int? MaxAttempts { get; set; }
}

/// <summary>How a prompt lays out its choices.</summary>
public enum ListStyle
{
    /// <summary>Not shown at all.</summary>
    None,

    /// <summary>Suggested actions for a few choices, a numbered list for many.</summary>
    Auto,

    /// <summary>Appended to the text: "(1) a, (2) b, or (3) c".</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Quick-reply buttons.</summary>
    SuggestedAction,
}

/// <summary>
/// The result a prompt ends with when it reached its maximum of attempts without an answer it understood,
/// so a waterfall can move on (or apologise) instead of asking forever.
/// </summary>
public sealed record PromptNotRecognized(string PromptId, int Attempts);
