namespace CrampBot.Core.Triage;

/// <summary>Coarse age groups: cramps are commoner with age, and children's cramps are handled more cautiously.</summary>
public enum AgeBand
{
    Unknown,
    Under18,
    Adult18To59,
    Over60,
}
