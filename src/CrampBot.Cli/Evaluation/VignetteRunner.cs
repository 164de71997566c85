using CrampBot.Bot.Replies;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Testing;
using CrampBot.Core.Triage;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// Runs one simulated patient through any host (a <see cref="ChatTurn"/>: in process or over HTTP): the
/// conversation opens, the patient types its story, then answers each question until the advice, a dead end,
/// or <see cref="MaxTurns"/> answers.
/// </summary>
public sealed class VignetteRunner(PatientPhrasebook phrasebook, QuestionByWording? wording, bool localeFromLang)
{
    /// <summary>A conversation with no advice after this many answers is a dead end.</summary>
    public const int MaxTurns = 20;

    /// <summary>The same bot message this many times running is a dead end.</summary>
    public const int RepeatsForDeadEnd = 3;

    public async Task<VignetteOutcome> RunAsync(Vignette vignette, ChatTurn turn, CancellationToken cancellationToken)
    {
        var patient = new SimulatedPatient(vignette, phrasebook);
        var transcript = new List<string>();
        var locale = LocaleOf(vignette);
        var botMessages = new List<string>();
        AskedQuestion? question = null;
        var questions = 0;
        var untagged = 0;

        VignetteOutcome Done(Ending ending, TriageLevel? level = null, IReadOnlyList<string>? causes = null, string? note = null) =>
            new(vignette, ending, level, causes ?? [], questions, patient.Unmapped, transcript, note) { Untagged = untagged };

        try
        {
            await turn(new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale }, cancellationToken);
            var text = vignette.Text;
            for (var answers = 0; ; answers++)
            {
                transcript.Add("user: " + text);
                var replies = await turn(new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale }, cancellationToken);
                Record(replies, transcript, botMessages);

                if (Advice(replies) is { } advice)
                {
                    return Done(Ending.Advice, advice.Level, advice.Causes);
                }

                var described = AskedQuestion.Described(replies);
                question = described ?? wording?.Find(replies, question);
                if (described is null && question is not null)
                {
                    // Recognised by its words only: the bot did not tag a message that asks something.
                    untagged++;
                    transcript.Add("# untagged question, read as " + question.Kind);
                }

                var firstReply = answers == 0;
                if (vignette.ExpectsNoTriage && firstReply)
                {
                    // A general question: answered, and no questioning started (an offer to check is not questioning).
                    return question is null || question.Kind == QuestionTag.Offer
                        ? Done(Ending.AnsweredWithoutQuestions)
                        : Done(Ending.GeneralQuestionNotAnswered, note: $"asked {question.Kind}");
                }

                if (question is null)
                {
                    return Done(vignette.ExpectsNoTriage ? Ending.AnsweredWithoutQuestions : Ending.NoAdvice);
                }

                if (botMessages.Count >= RepeatsForDeadEnd && botMessages.TakeLast(RepeatsForDeadEnd).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    return Done(Ending.DeadEnd, note: $"the same message {RepeatsForDeadEnd} times running");
                }

                if (answers >= MaxTurns)
                {
                    return Done(Ending.DeadEnd, note: $"no advice after {MaxTurns} answers");
                }

                text = patient.Answer(question);
                questions++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A 5xx over HTTP or an exception in process: counted, and the run goes on with the next patient.
            transcript.Add("error: " + e.Message);
            return Done(Ending.Error, note: e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>
    /// The channel's locale: en-US for every patient (a Chinese speaker on an English phone: the text must decide
    /// the language), or with localeFromLang the patient's own (zh-CN for zh-Hans).
    /// </summary>
    public string LocaleOf(Vignette vignette) =>
        localeFromLang && vignette.Lang.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en-US";

    /// <summary>The advice's machine-readable summary (channelData.triage), from the last reply carrying one.</summary>
    private static (TriageLevel Level, IReadOnlyList<string> Causes)? Advice(IReadOnlyList<Activity> replies)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            var triage = replies[i].ChannelData?["triage"];
            if (triage?["level"]?.GetValue<string>() is { } name && EvaluatedLevel.TryParse(name, out var level))
            {
                var causes = triage["causes"]?.AsArray().Select(c => c?.GetValue<string>()).OfType<string>().ToList() ?? [];
                return (level, causes);
            }
        }

        return null;
    }

    private static void Record(IReadOnlyList<Activity> replies, List<string> transcript, List<string> botMessages)
    {
        var said = new List<string>();
        foreach (var reply in replies.Where(r => r.IsType(ActivityTypes.Message)))
        {
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                said.Add(reply.Text);
                transcript.AddRange(reply.Text.Split('\n').Where(l => l.Length > 0).Select(l => "bot: " + l));
            }

            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                transcript.Add("bot: [" + string.Join(" | ", actions.Select(a => a.Title ?? a.Value?.ToString())) + "]");
            }
        }

        botMessages.Add(said.Count == 0 ? string.Empty : said[^1]);
    }
}
