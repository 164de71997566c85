namespace CrampBot.BotFramework.Hosting;

/// <summary>The messaging endpoint's own settings, from the <c>BotFramework</c> section.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Where channels post activities.</summary>
    public string MessagesPath { get; set; } = "/api/messages";

    /// <summary>
    /// The largest request body accepted. Activities are a few KB; Teams caps messages at about 100 KB, so a
    /// larger body is a mistake or an attack.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
