namespace CrampBot.Bot.Data;

/// <summary>What CrampBot keeps about a user across conversations (UserState): only their language choice.</summary>
public sealed class UserProfile
{
    /// <summary>"en" or "zh-Hans" once the user has chosen; null while the message and locale decide.</summary>
    public string? Language { get; set; }
}
