using System.Globalization;

namespace CrampBot.Core.Content;

/// <summary>
/// Every sentence the bot says, by key and locale, from dialogs/messages.&lt;locale&gt;.yaml. Loading checks
/// that both locales have the same keys and the same placeholders per key, so a missing translation stops the
/// app at start-up instead of surprising a user.
/// </summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, MessageEntry>> byLocale;

    private MessageCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, MessageEntry>> byLocale)
    {
        this.byLocale = byLocale;
        Keys = byLocale[Locales.English].Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>All message keys (the same in every locale).</summary>
    public IReadOnlySet<string> Keys { get; }

    public static string FileNameFor(string locale) => $"messages.{locale}.yaml";

    /// <summary>Loads and validates every locale's file from the dialogs folder.</summary>
    public static MessageCatalog Load(string dialogsFolder)
    {
        var texts = new Dictionary<string, (string Text, string File)>(StringComparer.Ordinal);
        var errors = new List<ContentError>();
        foreach (var locale in Locales.All)
        {
            var path = Path.Combine(dialogsFolder, FileNameFor(locale));
            if (File.Exists(path))
            {
                texts[locale] = (File.ReadAllText(path), path);
            }
            else
            {
                errors.Add(new ContentError(path, 0, "message file not found"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return Parse(texts);
    }

    /// <summary>Builds a catalog from file texts by locale; file names are only used in error messages.</summary>
    public static MessageCatalog Parse(IReadOnlyDictionary<string, (string Text, string File)> texts)
    {
        var errors = new List<ContentError>();
        var parsed = new Dictionary<string, IReadOnlyDictionary<string, MessageEntry>>(StringComparer.Ordinal);
        foreach (var locale in Locales.All)
        {
            if (!texts.TryGetValue(locale, out var source))
            {
                errors.Add(new ContentError(FileNameFor(locale), 0, "message file not found"));
                continue;
            }

            parsed[locale] = MessageFile.Parse(source.Text, source.File, errors);
        }

        if (errors.Count == 0)
        {
            CompareLocales(parsed, texts, errors);
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new MessageCatalog(parsed);
    }

    // English is the reference: every other locale must have exactly its keys and placeholders.
    private static void CompareLocales(
        Dictionary<string, IReadOnlyDictionary<string, MessageEntry>> parsed,
        IReadOnlyDictionary<string, (string Text, string File)> texts,
        List<ContentError> errors)
    {
        var reference = parsed[Locales.English];
        var referenceFile = texts[Locales.English].File;
        foreach (var locale in Locales.All.Where(l => l != Locales.English))
        {
            var other = parsed[locale];
            var otherFile = texts[locale].File;
            foreach (var entry in reference.Values.OrderBy(e => e.Line))
            {
                if (!other.TryGetValue(entry.Key, out var translated))
                {
                    errors.Add(new ContentError(otherFile, 0, $"missing key '{entry.Key}' (see {Path.GetFileName(referenceFile)} line {entry.Line})"));
                }
                else if (!entry.Placeholders.SetEquals(translated.Placeholders))
                {
                    errors.Add(new ContentError(otherFile, translated.Line,
                        $"'{entry.Key}' has placeholders {{{string.Join("}, {", translated.Placeholders.Order())}}} but English has {{{string.Join("}, {", entry.Placeholders.Order())}}}"));
                }
            }

            foreach (var extra in other.Values.Where(e => !reference.ContainsKey(e.Key)).OrderBy(e => e.Line))
            {
                errors.Add(new ContentError(otherFile, extra.Line, $"key '{extra.Key}' is not in {Path.GetFileName(referenceFile)}"));
            }
        }
    }

    public bool Has(string key) => Keys.Contains(key);

    /// <summary>The raw text of a key in a locale, placeholders unfilled.</summary>
    public string Template(string key, string? locale)
    {
        var messages = byLocale[Locales.Resolve(locale)];
        return messages.TryGetValue(key, out var entry)
            ? entry.Text
            : throw new KeyNotFoundException($"No message '{key}'.");
    }

    /// <summary>The placeholders a key expects.</summary>
    public IReadOnlySet<string> PlaceholdersOf(string key) => byLocale[Locales.English][key].Placeholders;

    /// <summary>The text of a key in the user's locale with its {placeholders} filled from <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">A placeholder has no value: a bug in the caller, never shown to a user.</exception>
    public string Get(string key, string? locale, IReadOnlyDictionary<string, object?>? args = null)
    {
        var template = Template(key, locale);
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            // Most messages have no placeholder: no pattern pass and no closure for them.
            return template;
        }

        return MessageFile.PlaceholderPattern().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (args is null || !args.TryGetValue(name, out var value))
            {
                throw new ArgumentException($"Message '{key}' needs a value for {{{name}}}.", nameof(args));
            }

            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        });
    }

    /// <summary>Shorthand: Get("emergency.call", "en-GB", ("number", "999")).</summary>
    public string Get(string key, string? locale, params (string Name, object? Value)[] args) =>
        Get(key, locale, args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
}
