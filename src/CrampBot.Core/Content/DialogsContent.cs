using CrampBot.Core.Triage;
using CrampBot.Core.Understanding;

namespace CrampBot.Core.Content;

/// <summary>
/// Everything in dialogs/ that the code depends on, loaded and cross-checked once at start-up: the messages,
/// the rules, and the keys the code itself builds (a question and a "because you said" phrase for every fact
/// a rule can ask about, a name and an explanation for every cause, a summary for every level).
/// </summary>
public sealed record DialogsContent(MessageCatalog Messages, TriageRules Rules)
{
    /// <summary>Loads dialogs/ from a folder (the host copies it next to its binaries).</summary>
    /// <exception cref="ContentException">Something in dialogs/ is missing or inconsistent; the message names file and line.</exception>
    public static DialogsContent Load(string dialogsFolder)
    {
        var messages = MessageCatalog.Load(dialogsFolder);
        var rules = TriageRulesLoader.Load(dialogsFolder, messages.Has);

        // The understanding vocabularies are built into CrampBot.Core; reading them here makes broken ones stop
        // start-up with file and line instead of failing on the first message.
        _ = Directory.Exists(Path.Combine(dialogsFolder, "understanding")) ? Understander.Load(dialogsFolder) : Understander.Default;
        var errors = CheckCodeKeys(messages, rules, Path.Combine(dialogsFolder, MessageCatalog.FileNameFor(Locales.English)));
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new DialogsContent(messages, rules);
    }

    /// <summary>The keys the code composes from fact, cause and level names, missing from the catalog.</summary>
    public static List<ContentError> CheckCodeKeys(MessageCatalog messages, TriageRules rules, string fileName)
    {
        var required = new List<string>();
        foreach (var fact in Facts.All)
        {
            required.Add(fact.StatementKey);
        }

        // Every fact that a rule above self-care uses can be asked, so it needs a question.
        foreach (var fact in rules.Rules.Where(r => r.Level > TriageLevel.SelfCare).SelectMany(r => r.When.FactNames).Distinct())
        {
            if (Facts.Get(fact).Askable)
            {
                required.Add(Facts.Get(fact).QuestionKey);
            }
        }

        foreach (var cause in Causes.All)
        {
            required.Add(Causes.NameKey(cause));
            required.Add(Causes.ExplainKey(cause));
        }

        foreach (var level in Enum.GetValues<TriageLevel>())
        {
            required.Add("level." + level.ToKeyPart());
        }

        required.AddRange(RequiredKeys.General);
        required.AddRange(FactQuestions.AllLabelKeys);
        return required.Distinct(StringComparer.Ordinal)
            .Where(k => !messages.Has(k))
            .Select(k => new ContentError(fileName, 0, $"missing key '{k}', which the code uses"))
            .ToList();
    }
}
