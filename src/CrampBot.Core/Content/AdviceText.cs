using CrampBot.Core.Triage;

namespace CrampBot.Core.Content;

/// <summary>
/// Turns a <see cref="TriageAdvice"/> into sentences in the user's language, filling the placeholders the
/// advice keys use: {number} (the emergency number for the locale) and {facts} (what the user was unsure
/// about). Dialogs and the command line use it so the wording is the same everywhere.
/// </summary>
public static class AdviceText
{
    /// <summary>The advice sentences, in the order of <see cref="TriageAdvice.AdviceKeys"/>.</summary>
    public static IReadOnlyList<string> Render(TriageAdvice advice, MessageCatalog messages, string? locale)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(messages);

        var unsure = advice.NotRuledOut.SelectMany(n => n.DontKnowFacts).Distinct(StringComparer.Ordinal).ToList();
        var args = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["number"] = EmergencyNumbers.For(locale),
            ["facts"] = FactList(unsure, messages, locale),
            ["nets"] = SafetyNets(advice, messages, locale),
        };
        return advice.AdviceKeys.Select(key => messages.Get(key, locale, args)).ToList();
    }

    /// <summary>One safety net per emergency sign the user was not sure about (advice.unsure_emergency's {nets}).</summary>
    private static string SafetyNets(TriageAdvice advice, MessageCatalog messages, string? locale)
    {
        var number = EmergencyNumbers.For(locale);
        var signs = advice.NotRuledOut.Where(n => n.Rule.Level == TriageLevel.Emergency).SelectMany(n => n.DontKnowFacts).Distinct(StringComparer.Ordinal);
        return string.Join(" ", signs.Select(f => messages.Has("safety_net_sign." + f)
            ? messages.Get("safety_net_sign." + f, locale, ("number", number))
            : messages.Get("safety_net_sign.other", locale, ("number", number), ("fact", messages.Get("fact." + f, locale)))));
    }

    /// <summary>"I'm saying this because you mentioned: one leg is swollen, dark urine." or null when nothing was said.</summary>
    public static string? BecauseYouSaid(LikelyCause cause, MessageCatalog messages, string? locale)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return cause.SupportingFacts.Count == 0
            ? null
            : messages.Get(RequiredKeys.BecauseYouSaid, locale, ("facts", FactList(cause.SupportingFacts, messages, locale)));
    }

    /// <summary>The causes as "name: explanation" lines, most likely first.</summary>
    public static IReadOnlyList<string> Causes(TriageAdvice advice, MessageCatalog messages, string? locale)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return advice.Causes.Select(c => messages.Get(
                "explain.cause_line",
                locale,
                ("name", messages.Get(Triage.Causes.NameKey(c.Cause), locale)),
                ("explanation", messages.Get(Triage.Causes.ExplainKey(c.Cause), locale))))
            .ToList();
    }

    /// <summary>Facts as the user would say them, joined with the locale's list separator.</summary>
    public static string FactList(IEnumerable<string> facts, MessageCatalog messages, string? locale)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var separator = messages.Get("explain.list_separator", locale);
        // The separator may be ", " whose trailing space YAML keeps only when quoted; normalise for both languages.
        return string.Join(separator == "," ? ", " : separator, facts.Select(f => messages.Get(Facts.Get(f).StatementKey, locale)));
    }
}
