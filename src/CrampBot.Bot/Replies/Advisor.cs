using CrampBot.Bot.Data;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Builder;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Replies;

/// <summary>Assesses a report with the rule service and sends the advice in this turn's language.</summary>
public sealed class Advisor(BotTexts texts)
{
    private readonly AdviceReply _reply = new(texts);

    public async Task<TriageAdvice> SendAsync(ITurnContext turnContext, SymptomReport report, CancellationToken cancellationToken)
    {
        var advice = texts.Rules.Assess(report);
        var language = TurnLanguage.Of(turnContext);
        var activity = _reply.Build(advice, report, language.Language, EmergencyNumbers.For(language.EmergencyLocale));
        if (advice.Level < TriageLevel.SeeDoctorSoon)
        {
            // Next steps only when nothing urgent stands: with a red flag the advice is the last word.
            activity.WithChoices(texts.Labels(turnContext, TextKeys.ChoiceStretches, TextKeys.ChoicePrevent, TextKeys.ChoiceWhy));
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
        return advice;
    }
}
