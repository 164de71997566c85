using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>One thing the user may pick: its value, other words for it, and optionally its own button.</summary>
public sealed record Choice(string Value)
{
    /// <summary>Other words that pick this choice ("calf" for "Leg", "腿" for "腿部").</summary>
    public IList<string>? Synonyms { get; init; }

    /// <summary>The button to show instead of the default imBack of <see cref="Value"/>.</summary>
    public CardAction? Action { get; init; }

    public static IList<Choice> From(params string[] values) => [.. values.Select(v => new Choice(v))];
}

/// <summary>The choice a message picked: its value and position, how sure the match is, and by which word.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
