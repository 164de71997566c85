namespace CrampBot.BotFramework.Teams;

/// <summary>A send to a Teams conversation would have to wait longer than its caller allows (Teams asked us to hold off).</summary>
public sealed class TeamsSendHeldException : Exception
{
    public TeamsSendHeldException(TimeSpan remaining)
        : base($"The Teams conversation is held for another {remaining.TotalSeconds:F1} s.")
    {
        Remaining = remaining;
    }

    public TeamsSendHeldException()
    {
    }

    public TeamsSendHeldException(string message)
        : base(message)
    {
    }

    public TeamsSendHeldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How much longer the conversation is held.</summary>
    public TimeSpan Remaining { get; }
}
