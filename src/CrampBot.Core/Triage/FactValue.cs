namespace CrampBot.Core.Triage;

/// <summary>
/// What the user has told us about one fact. <see cref="DontKnow"/> is kept apart from <see cref="Unstated"/>:
/// an explicit "I don't know" to a red-flag question means the flag is not ruled out and must not be asked again,
/// while an unstated fact is still worth asking.
/// </summary>
public enum FactValue
{
    Unstated = 0,
    Yes,
    No,
    DontKnow,
}
