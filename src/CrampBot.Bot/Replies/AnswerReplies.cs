using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Intents;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Replies;

/// <summary>
/// Short answers to common questions, personalised by what the user has already said (pregnancy changes the
/// calcium answer; a named medicine is mentioned back), each offering the symptom check or the next useful thing.
/// While a red flag stands the answer opens with it, so nothing here can read as reassurance.
/// </summary>
public sealed class AnswerReplies(BotTexts texts)
{
    private static readonly string[] CauseFacts =
    [
        Facts.PregnantOrPostpartum, Facts.HardExercise, Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist,
        Facts.TakesCalciumChannelBlocker, Facts.TakesOestrogen, Facts.HasDiabetes, Facts.HasKidneyDisease,
        Facts.HasLiverDisease, Facts.HasThyroidDisease, Facts.ColdExposure, Facts.PoorPosture, Facts.LowFluid, Facts.Inactive,
    ];

    private static readonly string[] MedicineFacts =
    [
        Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist, Facts.TakesCalciumChannelBlocker,
        Facts.TakesOestrogen, Facts.TakesQuinine, Facts.TakesOtherMedicine,
    ];

    public static bool Handles(Intent intent) => intent is Intent.WhyCramps or Intent.Prevention or Intent.Calcium
        or Intent.PickleJuice or Intent.Magnesium or Intent.Medicines or Intent.Pregnancy or Intent.Stretches or Intent.SleepingPosture;

    public Activity Build(ITurnContext turnContext, Intent intent, SymptomReport report, bool offer = true)
    {
        var parts = new List<string>();
        var advice = texts.Rules.Assess(report);
        if (advice.StatedLevel >= TriageLevel.SeeDoctorSoon)
        {
            parts.Add(texts.Say(turnContext, "level." + advice.StatedLevel.ToKeyPart()));
        }

        var pregnant = report[Facts.PregnantOrPostpartum] == FactValue.Yes;
        switch (intent)
        {
            case Intent.WhyCramps:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerWhy));
                AddPersonal(turnContext, report, CauseFacts, TextKeys.AnswerWhyPersonal, parts);
                break;
            case Intent.Prevention:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerPrevention));
                break;
            case Intent.Calcium:
                parts.Add(texts.Say(turnContext, pregnant ? TextKeys.AnswerCalciumPregnant : TextKeys.AnswerCalcium));
                break;
            case Intent.Magnesium:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerMagnesium));
                if (pregnant)
                {
                    parts.Add(texts.Say(turnContext, TextKeys.AnswerCalciumPregnant));
                }

                break;
            case Intent.PickleJuice:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerPickleJuice));
                break;
            case Intent.Medicines:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerMedicines));
                AddPersonal(turnContext, report, MedicineFacts, TextKeys.AnswerMedicinesPersonal, parts);
                break;
            case Intent.Pregnancy:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerPregnancy));
                break;
            case Intent.Stretches:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerStretches));
                break;
            case Intent.SleepingPosture:
                parts.Add(texts.Say(turnContext, TextKeys.AnswerSleepingPosture));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a question CrampBot answers.");
        }

        if (!offer)
        {
            // In the middle of a step: the answer alone; the step follows.
            return Reply.Text(string.Join("\n\n", parts));
        }

        // The next useful thing: the symptom check, unless the user is past it; prevention after a "why".
        parts.Add(texts.Say(turnContext, TextKeys.AnswerOfferCheck));
        var choices = intent switch
        {
            Intent.WhyCramps => texts.Labels(turnContext, TextKeys.ChoiceCheck, TextKeys.ChoicePrevent),
            Intent.Prevention => texts.Labels(turnContext, TextKeys.ChoiceCheck, TextKeys.ChoiceStretches),
            Intent.Stretches or Intent.SleepingPosture => texts.Labels(turnContext, TextKeys.ChoiceCheck, TextKeys.ChoicePrevent),
            _ => texts.Labels(turnContext, TextKeys.ChoiceCheck, TextKeys.ChoicePrevent, TextKeys.ChoiceWhy),
        };
        return Reply.Text(string.Join("\n\n", parts), choices).Asking(QuestionTag.Offer);
    }

    private void AddPersonal(ITurnContext turnContext, SymptomReport report, IEnumerable<string> facts, string key, List<string> parts)
    {
        var language = Data.TurnLanguage.Of(turnContext).Language;
        var stated = facts.Where(f => report[f] == FactValue.Yes).Select(f => texts.Phrase(f, report, language)).ToList();
        if (stated.Count > 0)
        {
            parts.Add(texts.Say(turnContext, key, ("facts", texts.JoinList(stated, language))));
        }
    }
}
