namespace CrampBot.Bot.Data;

/// <summary>What CrampBot keeps about one conversation (ConversationState), next to the dialog stack.</summary>
public sealed class ConversationData
{
    /// <summary>The welcome is sent once per conversation, whichever event arrives first.</summary>
    public bool Welcomed { get; set; }

    /// <summary>Everything the user has said about their cramps so far, so no question is asked twice.</summary>
    public StoredReport Report { get; set; } = new();

    /// <summary>
    /// The language of the bot's last reply ("en" or "zh-Hans"), so the bilingual "中文 / English" button switches
    /// away from the language the conversation is in, not from the script of its own label.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Symptom-check questions asked in this conversation (by id), so none is asked twice, even after a restart of the check.</summary>
    public List<string> CheckAsked { get; set; } = [];

    /// <summary>What the bot's last message offered ("check") or asked outside a dialog ("clarify"): read by the next message only.</summary>
    public string? Offer { get; set; }

    /// <summary>Messages not understood in a row, so the second one gets a way forward instead of the same reply.</summary>
    public int NotUnderstood { get; set; }

    /// <summary>The topic answered last, so the same answer is not sent again and again.</summary>
    public string? LastAnswer { get; set; }
}
