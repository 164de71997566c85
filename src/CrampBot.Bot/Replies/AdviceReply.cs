using System.Text;
using System.Text.Json.Nodes;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Replies;

/// <summary>
/// The end of a symptom check: how soon to see someone, likely causes with "because you said …", what to do
/// tonight, when to see a doctor, and the disclaimer. One activity carries it three ways: an Adaptive Card,
/// the same words as plain text, and a machine-readable summary in channelData.triage.
/// </summary>
public sealed class AdviceReply(BotTexts texts)
{
    /// <summary>How many causes to name: enough to be useful, few enough to read at night.</summary>
    private const int MaxCauses = 3;

    public Activity Build(TriageAdvice advice, SymptomReport report, string language, string emergencyNumber)
    {
        var sections = Compose(advice, report, language, emergencyNumber);
        var card = new AdaptiveCard().Title(sections.Title);
        var text = new StringBuilder(sections.Title);
        var colon = language == Locales.SimplifiedChinese ? "：" : ":";
        foreach (var (heading, lines) in sections.Parts)
        {
            card.Heading(heading);
            text.Append("\n\n").Append(heading).Append(colon);
            foreach (var line in lines)
            {
                if (lines.Count > 1)
                {
                    card.Bullet(line);
                    text.Append("\n- ").Append(line);
                }
                else
                {
                    card.Paragraph(line, attention: advice.Level >= TriageLevel.SeeDoctorSoon && heading == sections.Parts[0].Heading);
                    text.Append(colon == ":" ? " " : string.Empty).Append(line);
                }
            }
        }

        card.Note(sections.Disclaimer);
        text.Append("\n\n").Append(sections.Disclaimer);
        var fallback = text.ToString();
        var activity = Reply.Card(card, fallback);
        activity.ChannelData = new JsonObject { ["triage"] = Summary(advice) };
        return activity;
    }

    /// <summary>The machine-readable summary: level, cause ids most likely first, rule ids that fired.</summary>
    public static JsonObject Summary(TriageAdvice advice) => new()
    {
        ["level"] = advice.Level.ToName(),
        ["causes"] = new JsonArray([.. advice.Causes.Take(MaxCauses).Select(c => (JsonNode)JsonValue.Create(c.Cause))]),
        ["rules"] = new JsonArray([.. advice.FiredRules.Select(r => (JsonNode)JsonValue.Create(r.Id))]),
        ["notRuledOut"] = new JsonArray([.. advice.NotRuledOut.Select(n => (JsonNode)JsonValue.Create(n.Rule.Id))]),
    };

    private Sections Compose(TriageAdvice advice, SymptomReport report, string language, string number)
    {
        string Say(string key, string? facts = null) =>
            texts.Get(key, language, ("number", number), ("facts", facts), ("minutes", 10));

        var parts = new List<(string Heading, List<string> Lines)>();

        // How soon: the level's own sentence, and the number to call for an emergency.
        var levelLines = advice.AdviceKeys.Where(k => k.StartsWith("level.", StringComparison.Ordinal) || k == "emergency.call")
            .Select(k => Say(k)).ToList();
        if (levelLines.Count == 0)
        {
            levelLines.Add(Say("level." + advice.Level.ToKeyPart()));
        }

        parts.Add((Say(TextKeys.AdviceLevelHeading), [string.Join(" ", levelLines)]));

        // Likely causes, each with the user's own facts behind it.
        var causes = advice.Causes.Take(MaxCauses).Select(c => CauseLine(c, report, language)).ToList();
        parts.Add((Say(TextKeys.AdviceCausesHeading), causes.Count > 0 ? causes : [Say(TextKeys.AdviceNoCause)]));

        // What to do now: the rest of the advice, in the rule service's order (most urgent first). "Not sure"
        // answers are said back three ways (clinical reference section 0): a sign not ruled out, an emergency sign
        // not ruled out with a safety net naming it, and what is simply unknown and changes nothing.
        var policy = texts.Rules.NotSure;
        var capped = advice.NotRuledOut.Where(n => policy.Ceiling(n.Rule.Level) < n.Rule.Level).ToList();
        var possible = advice.NotRuledOut.Except(capped).SelectMany(n => n.DontKnowFacts).Distinct(StringComparer.Ordinal).ToList();
        var emergencySigns = capped.SelectMany(n => n.DontKnowFacts).Distinct(StringComparer.Ordinal).ToList();
        var unknown = report.Flags.Where(p => p.Value == FactValue.DontKnow).Select(p => p.Key)
            .Where(f => advice.NotRuledOut.All(n => !n.DontKnowFacts.Contains(f)))
            .ToList();
        string Phrases(IEnumerable<string> facts) => texts.JoinList(facts.Select(f => texts.Phrase(f, report, language)), language);

        var tonight = new List<string>();
        foreach (var key in advice.AdviceKeys.Where(k => !k.StartsWith("level.", StringComparison.Ordinal) && k != "emergency.call"))
        {
            switch (key)
            {
                case "advice.not_ruled_out":
                    if (possible.Count > 0)
                    {
                        tonight.Add(Say(key, Phrases(possible)));
                    }

                    break;
                case TriageRules.UnsureEmergencyAdviceKey:
                    var nets = emergencySigns.Select(f => texts.Has("safety_net_sign." + f)
                        ? Say("safety_net_sign." + f)
                        : texts.Get("safety_net_sign.other", language, ("number", number), ("fact", texts.Phrase(f, report, language))));
                    tonight.Add(texts.Get(key, language, ("facts", Phrases(emergencySigns)), ("nets", string.Join(" ", nets))));
                    break;
                default:
                    tonight.Add(Say(key));
                    break;
            }
        }

        if (unknown.Count > 0)
        {
            tonight.Add(Say(TextKeys.AdviceUnknown, Phrases(unknown)));
        }

        if (tonight.Count > 0)
        {
            parts.Add((Say(TextKeys.AdviceTonightHeading), tonight));
        }

        var doctorKey = advice.Level switch
        {
            TriageLevel.Emergency => TextKeys.AdviceDoctorEmergency,
            TriageLevel.SeeDoctorSoon => TextKeys.AdviceDoctorSoon,
            TriageLevel.SeeDoctorRoutine => TextKeys.AdviceDoctorRoutine,
            _ => TextKeys.AdviceDoctorSelfCare,
        };
        parts.Add((Say(TextKeys.AdviceDoctorHeading), [Say(doctorKey)]));

        return new Sections(Say(TextKeys.AdviceTitle), parts, Say("bot.disclaimer"));
    }

    private string CauseLine(LikelyCause cause, SymptomReport report, string language)
    {
        var name = texts.Get($"cause.{cause.Cause}.name", language);
        // A fact the user was unsure of is named as such: "how long each cramp lasts (you weren't sure)".
        var facts = cause.SupportingFacts
            .Where(f => report[f] != FactValue.Unstated)
            .Select(f => report[f] == FactValue.DontKnow
                ? texts.Get("explain.not_ruled_out_item", language, ("fact", texts.Phrase(f, report, language)))
                : texts.Phrase(f, report, language))
            .ToList();
        if (facts.Count == 0)
        {
            return name;
        }

        var because = texts.Get(TextKeys.AdviceBecause, language, ("facts", texts.JoinList(facts, language)));
        return texts.Get(TextKeys.AdviceCauseLine, language, ("cause", name), ("because", because));
    }

    private sealed record Sections(string Title, List<(string Heading, List<string> Lines)> Parts, string Disclaimer);
}
