using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// Recognises a question by its wording in dialogs/, for a bot that does not yet describe its questions in
/// channelData.crampbot.question: each question text of each locale is tied to a kind and the facts it sets.
/// The longest known question found in a reply wins. A bare "please answer yes or no" reprompt repeats the
/// question before it.
/// </summary>
public sealed class QuestionByWording
{
    private const string Repeat = "repeat";

    private readonly List<(string Text, AskedQuestion Question)> _known = [];

    public QuestionByWording(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var fact in Facts.All)
        {
            Add(texts, "question." + fact.Name, QuestionTag.YesNo, fact.Name);
        }

        Add(texts, TextKeys.CheckQuestionFrequency, QuestionTag.Frequency, Facts.FrequencyPerWeek);
        Add(texts, TextKeys.CheckRepromptFrequency, QuestionTag.Frequency, Facts.FrequencyPerWeek);
        Add(texts, TextKeys.CheckQuestionDuration, QuestionTag.Duration, Facts.EpisodeMinutes);
        Add(texts, TextKeys.CheckRepromptDuration, QuestionTag.Duration, Facts.EpisodeMinutes);
        string[] places = [Facts.LocationCalf, Facts.LocationFoot, Facts.LocationThigh, Facts.OneLeg, Facts.BothLegs];
        Add(texts, TextKeys.CheckQuestionLocation, QuestionTag.Location, places);
        Add(texts, TextKeys.CheckRepromptLocation, QuestionTag.Location, places);
        string[] medicines = [Facts.TakesStatin, Facts.TakesDiuretic, Facts.TakesBeta2Agonist, Facts.TakesOtherMedicine];
        Add(texts, TextKeys.CheckQuestionMedicines, QuestionTag.Choice, medicines);
        Add(texts, TextKeys.CheckRepromptMedicines, QuestionTag.Choice, medicines);
        Add(texts, TextKeys.CheckQuestionActivity, QuestionTag.YesNo, Facts.HardExercise);
        Add(texts, TextKeys.StretchCardTitle, QuestionTag.StretchStep);
        Add(texts, TextKeys.StretchScreen, QuestionTag.YesNo, Facts.SwellingOneSide, Facts.RednessWarmth, Facts.InjuryOrCast);
        Add(texts, TextKeys.StretchOfferRoutine, QuestionTag.Offer);
        Add(texts, TextKeys.StretchScreenOfferCheck, QuestionTag.Offer);
        Add(texts, TextKeys.AnswerOfferCheck, QuestionTag.Offer);
        Add(texts, TextKeys.AnswerOfferPrevention, QuestionTag.Offer);
        Add(texts, TextKeys.ClarifyAsk, QuestionTag.Choice);
        Add(texts, TextKeys.DeleteConfirm, QuestionTag.Choice);
        Add(texts, TextKeys.CheckRepromptYesNo, Repeat);
        _known.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
    }

    /// <summary>The question in this turn's replies, or null when the bot asked nothing it knows as a question.</summary>
    public AskedQuestion? Find(IReadOnlyList<Activity> replies, AskedQuestion? previous)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            var text = replies[i].Text;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var (known, question) in _known)
            {
                if (text.Contains(known, StringComparison.Ordinal))
                {
                    return question.Kind == Repeat ? previous : question;
                }
            }
        }

        return null;
    }

    private void Add(BotTexts texts, string key, string kind, params string[] facts)
    {
        if (!texts.Has(key))
        {
            return;
        }

        foreach (var locale in Locales.All)
        {
            string text;
            try
            {
                text = texts.Get(key, locale);
            }
            catch (ArgumentException)
            {
                // A template with placeholders ("step {step} of {total}") cannot be matched word for word.
                continue;
            }

            if (text.Length > 0)
            {
                _known.Add((text, new AskedQuestion(kind, facts)));
            }
        }
    }
}
