namespace CrampBot.Core.Triage;

/// <summary>A yes/no fact ("one leg is swollen") or a number ("episodes per week").</summary>
public enum FactKind
{
    Flag,
    Number,
}

/// <summary>
/// One fact the rules may use. <paramref name="Askable"/> is false for facts the bot should never ask about
/// directly (for example whether the user asked for quinine), so they never appear in the missing list.
/// </summary>
public sealed record FactDefinition(string Name, FactKind Kind, bool Askable = true)
{
    /// <summary>Message key of the question that asks for this fact.</summary>
    public string QuestionKey => "question." + Name;

    /// <summary>Message key of the short phrase that restates the fact ("one leg is swollen"), for "because you said …".</summary>
    public string StatementKey => "fact." + Name;
}
