using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for a number of type <typeparamref name="T"/> (int, double, decimal, ...), read with the culture of the
/// activity's locale (or <see cref="Prompt{T}.DefaultLocale"/>). A fraction is not an answer for an integer type,
/// nor is a number out of the type's range.
/// </summary>
public class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var culture = CultureFor(LocaleFor(turnContext));
        if (!NumberText.TryParse(turnContext.Activity.Text, culture, out var number))
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }

        // An integer type truncates a half to zero; a floating or decimal type keeps it.
        var isIntegerType = T.CreateTruncating(0.5m) == T.Zero;
        if (isIntegerType && decimal.Truncate(number) != number)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }

        try
        {
            return Task.FromResult(new PromptRecognizerResult<T>(true, T.CreateChecked(number)));
        }
        catch (OverflowException)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }
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
