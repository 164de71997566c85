namespace CrampBot.Core.Understanding;

/// <summary>Whether the user says a fact is there, is not there, or does not know.</summary>
public enum FactStatus
{
    Present,
    Absent,
    Uncertain,
}

/// <summary>When the fact holds: now, only in the past ("a clot 2 years ago"), or only in a "what if".</summary>
public enum FactTime
{
    Current,
    Past,
    Hypothetical,
}

/// <summary>Whom the fact is about: the patient (the user, or the relative they write for) or someone else.</summary>
public enum FactSubject
{
    Patient,
    Other,
}

/// <summary>
/// One fact found in a message, with how it was said and the user's own words (<see cref="Start"/> and
/// <see cref="Length"/> index the original text), so the bot can quote them back.
/// </summary>
public sealed record FactMention(string Fact, FactStatus Status, FactTime Time, FactSubject Subject, string Text, int Start, int Length)
{
    /// <summary>Present now, about the patient: the only reading that can fire a rule.</summary>
    public bool IsCurrentForPatient => Status == FactStatus.Present && Time == FactTime.Current && Subject == FactSubject.Patient;
}
