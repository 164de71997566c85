using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Texts;

/// <summary>
/// Every word the bot says, from dialogs/: the medical messages (messages.&lt;locale&gt;.yaml) and the
/// conversation wording (conversation.&lt;locale&gt;.yaml, conv.* keys), with the triage rules beside them.
/// Both files go through the same <see cref="MessageCatalog"/> checks (same keys and placeholders per locale).
/// </summary>
public sealed class BotTexts
{
    public const string ConversationPrefix = "conv.";

    private readonly MessageCatalog? _conversation;

    public BotTexts(DialogsContent content, MessageCatalog? conversation)
    {
        Content = content;
        _conversation = conversation;
    }

    public DialogsContent Content { get; }

    public TriageRules Rules => Content.Rules;

    /// <summary>
    /// Loads dialogs/ from a folder. The conversation wording stays in its own files on purpose: clinicians review
    /// messages.*.yaml, while the dialog wording changes more often and is reviewed by whoever writes the dialogs.
    /// </summary>
    public static BotTexts Load(string dialogsFolder)
    {
        var content = DialogsContent.Load(dialogsFolder);
        var texts = new Dictionary<string, (string Text, string File)>(StringComparer.Ordinal);
        foreach (var locale in Locales.All)
        {
            var path = Path.Combine(dialogsFolder, $"conversation.{locale}.yaml");
            if (File.Exists(path))
            {
                texts[locale] = (File.ReadAllText(path), path);
            }
        }

        var conversation = texts.Count == 0 ? null : MessageCatalog.Parse(texts);
        var loaded = new BotTexts(content, conversation);
        loaded.CheckKeys();
        return loaded;
    }

    public bool Has(string key) => Content.Messages.Has(key) || (_conversation?.Has(key) ?? false);

    /// <summary>The text of a key in a content locale ("en", "zh-Hans"), placeholders filled.</summary>
    public string Get(string key, string locale, params (string Name, object? Value)[] args)
    {
        var catalog = Content.Messages.Has(key) ? Content.Messages : _conversation;
        if (catalog is null || !catalog.Has(key))
        {
            throw new KeyNotFoundException($"No message '{key}'.");
        }

        return catalog.Get(key, locale, args);
    }

    /// <summary>Joins short phrases the way the locale lists things ("a, b and c" / "a、b和c").</summary>
    public string JoinList(IEnumerable<string> items, string locale)
    {
        var list = items.ToList();
        var zh = locale == Locales.SimplifiedChinese;
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(zh ? "、" : ", ", list[..^1]) + (zh ? "和" : " and ") + list[^1],
        };
    }

    // Keys the bot builds by name must exist, so a typo fails at start-up, not in front of a user.
    private void CheckKeys()
    {
        var missing = TextKeys.All.Concat(Checking.CheckPlan.RequiredKeys).Where(k => !Has(k)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException($"dialogs/: missing message keys the bot uses: {string.Join(", ", missing)}");
        }
    }
}
