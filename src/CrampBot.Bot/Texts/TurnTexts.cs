using CrampBot.Bot.Data;
using CrampBot.BotFramework.Builder;
using CrampBot.Core.Content;

namespace CrampBot.Bot.Texts;

/// <summary>Texts in this turn's language, with the local emergency number always at hand for {number}.</summary>
public static class TurnTexts
{
    public static string Say(this BotTexts texts, ITurnContext turnContext, string key, params (string Name, object? Value)[] args)
    {
        var language = TurnLanguage.Of(turnContext);
        return texts.Get(key, language.Language, [("number", EmergencyNumbers.For(language.EmergencyLocale)), .. args]);
    }

    /// <summary>Quick-reply labels for <paramref name="keys"/> in this turn's language.</summary>
    public static IReadOnlyList<string> Labels(this BotTexts texts, ITurnContext turnContext, params IEnumerable<string> keys) =>
        keys.Select(k => texts.Say(turnContext, k)).ToList();

    /// <summary>The four main paths and the language switch: offered whenever the user may want a fresh start.</summary>
    public static IReadOnlyList<string> MainChoices(this BotTexts texts, ITurnContext turnContext) =>
        texts.Labels(turnContext, TextKeys.ChoiceWhy, TextKeys.ChoiceNow, TextKeys.ChoiceCheck, TextKeys.ChoicePrevent, TextKeys.ChoiceLanguage);

    public static string EmergencyNumber(ITurnContext turnContext) => EmergencyNumbers.For(TurnLanguage.Of(turnContext).EmergencyLocale);
}
