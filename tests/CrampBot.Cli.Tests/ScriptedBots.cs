using System.Text.Json.Nodes;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Cli.Tests;

/// <summary>
/// Bots with fixed behaviour, to prove that `evaluate` notices what the real bot must never do. Each describes
/// its question the way CrampBot does, in channelData.crampbot.question.
/// </summary>
internal static class ScriptedBots
{
    /// <summary>Says the same thing after every answer: a loop.</summary>
    public sealed class Repeating : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.IsType(ActivityTypes.Message)
                ? turnContext.SendActivityAsync(Question("Sorry, I didn't follow that. Is your urine dark?", "yesno", "dark_urine"), cancellationToken)
                : Task.CompletedTask;
    }

    /// <summary>Asks a new question every turn and never advises.</summary>
    public sealed class Endless : IBot
    {
        private int _asked;

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.IsType(ActivityTypes.Message)
                ? turnContext.SendActivityAsync(Question($"Question {Interlocked.Increment(ref _asked)}: any numbness?", "yesno", "numbness_tingling"), cancellationToken)
                : Task.CompletedTask;
    }

    /// <summary>
    /// One emergency checklist, then advice: emergency if the answer names dark urine (in either language),
    /// otherwise self-care. Shows that the patient's plain words reach the bot and are scored.
    /// </summary>
    public sealed class OneChecklist : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var activity = turnContext.Activity;
            if (!activity.IsType(ActivityTypes.Message))
            {
                return Task.CompletedTask;
            }

            if (activity.Text is { } text && (text.Contains("urine", StringComparison.Ordinal) || text.Contains('尿', StringComparison.Ordinal) || text.Contains("none", StringComparison.Ordinal) || text.Contains("没有", StringComparison.Ordinal)))
            {
                var dark = !text.Contains("none", StringComparison.Ordinal) && !text.Contains("没有", StringComparison.Ordinal);
                var advice = MessageFactory.Text("Advice");
                advice.ChannelData = new JsonObject
                {
                    ["triage"] = new JsonObject
                    {
                        ["level"] = dark ? "emergency" : "self-care",
                        ["causes"] = new JsonArray(dark ? "rhabdomyolysis" : "idiopathic_nocturnal_cramp"),
                    },
                };
                return turnContext.SendActivityAsync(advice, cancellationToken);
            }

            return turnContext.SendActivityAsync(Question("Any of these?", "checklist", "breathless_chest_pain", "dark_urine", "cold_pale_foot"), cancellationToken);
        }
    }

    /// <summary>
    /// Asks CrampBot's own dark-urine question without describing it, then advises: the patient must still
    /// recognise the question by its words, and the run must count it as untagged.
    /// </summary>
    public sealed class Untagged(BotTexts texts) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var activity = turnContext.Activity;
            if (!activity.IsType(ActivityTypes.Message))
            {
                return Task.CompletedTask;
            }

            if (activity.Text is { } text && text.Contains("urine", StringComparison.Ordinal))
            {
                var advice = MessageFactory.Text("Advice");
                advice.ChannelData = new JsonObject { ["triage"] = new JsonObject { ["level"] = "emergency", ["causes"] = new JsonArray("rhabdomyolysis") } };
                return turnContext.SendActivityAsync(advice, cancellationToken);
            }

            return turnContext.SendActivityAsync(MessageFactory.Text(texts.Get("question.dark_urine", "en")), cancellationToken);
        }
    }

    private static Activity Question(string text, string kind, params string[] facts)
    {
        var activity = MessageFactory.Text(text);
        activity.ChannelData = new JsonObject
        {
            ["crampbot"] = new JsonObject
            {
                ["question"] = new JsonObject { ["kind"] = kind, ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)f)]) },
            },
        };
        return activity;
    }
}
