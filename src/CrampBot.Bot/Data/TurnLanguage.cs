using CrampBot.BotFramework.Builder;
using CrampBot.Core.Content;

namespace CrampBot.Bot.Data;

/// <summary>
/// The language of this turn's replies and the locale that picks the emergency number. The bot decides it once
/// per turn (<see cref="Understanding.LanguagePicker"/>) and every dialog reads it from the turn state, so a
/// language switch takes effect for the rest of the turn, including a repeated question.
/// </summary>
public sealed class TurnLanguage
{
    public TurnLanguage(string language, string emergencyLocale)
    {
        Language = language;
        EmergencyLocale = emergencyLocale;
    }

    /// <summary>"en" or "zh-Hans".</summary>
    public string Language { get; set; }

    public string EmergencyLocale { get; set; }

    public static TurnLanguage Of(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnLanguage>() ?? new TurnLanguage(Locales.Resolve(turnContext.Activity.Locale), turnContext.Activity.Locale ?? Locales.English);

    public void SetOn(ITurnContext turnContext) => turnContext.TurnState.Set(this);
}
