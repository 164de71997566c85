using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons or a list, and ends with the
/// <see cref="FoundChoice"/>. Matches by value, synonym, number or ordinal (see <see cref="ChoiceRecognizer"/>).
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>The layout used when the options name none.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    protected override Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options) =>
        ChoiceFactory.Apply(prompt, options.Choices ?? [], options.Style ?? Style, LocaleFor(turnContext));

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? (turnContext.Activity.Value as JsonValue)?.ToString();
        var found = ChoiceRecognizer.Recognize(text, options.Choices ?? [], CultureFor(LocaleFor(turnContext)));
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : new PromptRecognizerResult<FoundChoice>(true, found));
    }

    private static CultureInfo CultureFor(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
