using System.Text;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>Renders choices onto a prompt: buttons, an inline list, or a numbered list, worded per locale.</summary>
public static class ChoiceFactory
{
    /// <summary>How many choices still fit as buttons before <see cref="ListStyle.Auto"/> switches to a list.</summary>
    public const int MaxSuggestedActions = 10;

    public static Activity Apply(Activity prompt, IList<Choice> choices, ListStyle style, string locale)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return prompt;
        }

        if (style == ListStyle.Auto)
        {
            style = choices.Count <= MaxSuggestedActions ? ListStyle.SuggestedAction : ListStyle.List;
        }

        switch (style)
        {
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => c.Action ?? CardAction.ImBack(c.Value))] };
                prompt.InputHint ??= InputHints.ExpectingInput;
                break;
            case ListStyle.Inline:
                prompt.Text = Join(prompt.Text, Inline(choices, locale), " ");
                break;
            case ListStyle.List:
                prompt.Text = Join(prompt.Text, List(choices), "\n\n");
                break;
        }

        return prompt;
    }

    /// <summary>"(1) Red, (2) Blue, or (3) Green"; in Chinese "（1）红、（2）蓝或（3）绿".</summary>
    public static string Inline(IList<Choice> choices, string locale)
    {
        var chinese = PromptText.IsChinese(locale);
        var items = choices.Select((c, i) => chinese ? $"（{i + 1}）{c.Action?.Title ?? c.Value}" : $"({i + 1}) {c.Action?.Title ?? c.Value}").ToList();
        if (items.Count == 1)
        {
            return items[0];
        }

        var (separator, lastSeparator) = chinese ? ("、", "或") : (", ", items.Count == 2 ? " or " : ", or ");
        return string.Join(separator, items.Take(items.Count - 1)) + lastSeparator + items[^1];
    }

    /// <summary>One line per choice: "   1. Red".</summary>
    public static string List(IList<Choice> choices)
    {
        var text = new StringBuilder();
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append("   ").Append(i + 1).Append(". ").Append(choices[i].Action?.Title ?? choices[i].Value);
        }

        return text.ToString();
    }

    private static string Join(string? text, string list, string separator) =>
        string.IsNullOrEmpty(text) ? list : text + separator + list;
}
