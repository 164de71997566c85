using CrampBot.Core.Triage;

namespace CrampBot.Bot.Understanding;

/// <summary>
/// Reads symptom facts from free text (negation included: "no swelling" is a no). The bot pre-fills the
/// symptom check and scans every message for red flags with it. Implemented over the triage layer's extraction.
/// </summary>
public interface ISymptomReader
{
    SymptomReport Read(string text, string locale);
}
