using CrampBot.Core.Recognition;
using CrampBot.Core.Understanding.Intents;

namespace CrampBot.Core.Understanding;

/// <summary>
/// The one understanding step: a message in, its intent, symptom facts (with status, time and subject) and
/// quantities out. The bot, the CLI and the tests all go through it. Pure: the same text gives the same answer.
/// </summary>
public sealed class Understander
{
    private static readonly Lazy<Understander> Embedded = new(() => new Understander(UnderstandingData.LoadEmbedded()));

    private readonly UnderstandingData _data;

    private Understander(UnderstandingData data) => _data = data;

    /// <summary>The understanding data built into CrampBot.Core.</summary>
    /// <exception cref="Content.ContentException">The embedded data is broken (it names the file and line).</exception>
    public static Understander Default => Embedded.Value;

    /// <summary>Reads dialogs/understanding from a folder; errors name the file and line.</summary>
    /// <exception cref="Content.ContentException">Something in the files is wrong.</exception>
    public static Understander Load(string dialogsFolder) => new(UnderstandingData.Load(dialogsFolder));

    /// <summary>Understands one message.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="locale">Their locale (en-US, zh-CN …); both languages are read whatever it is.</param>
    public MessageUnderstanding Understand(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageUnderstanding(
            IntentClassifier.Default.Classify(text, locale),
            Facts(text),
            QuantityRecognizer.Recognize(text, locale));
    }

    /// <summary>Only the symptom facts of a message.</summary>
    public IReadOnlyList<FactMention> Facts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FactFinder.Find(text, _data);
    }
}
