using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;

namespace CrampBot.Bot.Understanding;

/// <summary>The triage layer's fact extraction (with negation) behind the bot's <see cref="ISymptomReader"/>.</summary>
public sealed class SymptomReader : ISymptomReader
{
    public SymptomReport Read(string text, string locale) =>
        string.IsNullOrWhiteSpace(text) ? SymptomReport.Empty : FactExtractor.Extract(text, locale);
}
