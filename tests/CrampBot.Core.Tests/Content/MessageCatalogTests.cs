using CrampBot.Core.Content;
using Xunit;

namespace CrampBot.Core.Tests.Content;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = MessageCatalog.Load(RepoPaths.Dialogs);

    [Fact]
    public void Both_locales_have_every_key_with_the_same_placeholders()
    {
        // Load already refuses a mismatch; this checks the files directly too, so the test names the key.
        var en = Flat("messages.en.yaml");
        var zh = Flat("messages.zh-Hans.yaml");

        Assert.Empty(en.Keys.Except(zh.Keys));
        Assert.Empty(zh.Keys.Except(en.Keys));
        Assert.All(en, pair => Assert.True(
            MessageFile.PlaceholdersOf(pair.Value.Text).SetEquals(MessageFile.PlaceholdersOf(zh[pair.Key].Text)),
            $"placeholders differ for {pair.Key}"));
    }

    [Fact]
    public void Chinese_texts_are_translated_not_copied()
    {
        var en = Flat("messages.en.yaml");
        var zh = Flat("messages.zh-Hans.yaml");
        var copied = en.Where(p => p.Value.Text == zh[p.Key].Text).Select(p => p.Key).ToList();
        Assert.Empty(copied);
        // Separators and pure-placeholder templates have no words to translate.
        Assert.All(zh.Values.Where(e => System.Text.RegularExpressions.Regex.Replace(e.Text, @"\{[a-z_]+\}", "").Any(char.IsLetter)), e => Assert.True(e.Text.Any(c => c is >= '\u4e00' and <= '\u9fff'), e.Key));
    }

    [Theory]
    [InlineData("zh-CN", "你好")]
    [InlineData("zh-Hans", "你好")]
    [InlineData("zh", "你好")]
    [InlineData("zh-TW", "你好")]
    [InlineData("en-GB", "Hi")]
    [InlineData("fr-FR", "Hi")]
    [InlineData(null, "Hi")]
    public void Locale_falls_back_to_the_nearest_file(string? locale, string start)
    {
        Assert.StartsWith(start, Catalog.Get("bot.welcome", locale), StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_are_filled_by_name()
    {
        Assert.Contains("999", Catalog.Get("emergency.call", "en-GB", ("number", "999")), StringComparison.Ordinal);
        Assert.Contains("120", Catalog.Get("emergency.call", "zh-CN", ("number", EmergencyNumbers.For("zh-CN"))), StringComparison.Ordinal);
        Assert.Contains("5 分钟", Catalog.Get("cramp_now.timer", "zh-CN", ("minutes", 5)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_placeholder_value_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Catalog.Get("emergency.call", "en-US"));
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("zh-CN", "120")]
    [InlineData("zh-Hans-CN", "120")]
    [InlineData("en-IE", "112")]
    [InlineData("de-DE", "112")]
    [InlineData("zh-Hans", "112")]
    [InlineData("en_gb", "999")]
    [InlineData("us", "112")]
    [InlineData("", "112")]
    [InlineData(null, "112")]
    public void Emergency_number_follows_the_region(string? locale, string number)
    {
        Assert.Equal(number, EmergencyNumbers.For(locale));
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("zh-Hans-CN", true)]
    [InlineData("en_GB", true)]
    [InlineData("zh-Hans", false)]
    [InlineData("en", false)]
    [InlineData("us", false)]
    [InlineData(null, false)]
    public void A_region_is_a_two_letter_subtag_after_the_language(string? locale, bool hasRegion)
    {
        Assert.Equal(hasRegion, EmergencyNumbers.HasRegion(locale));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void A_message_without_placeholders_is_its_text_with_or_without_values(string locale)
    {
        var plain = Catalog.Template("bot.disclaimer", locale);
        Assert.DoesNotContain('{', plain);
        Assert.Equal(plain, Catalog.Get("bot.disclaimer", locale));
        Assert.Equal(plain, Catalog.Get("bot.disclaimer", locale, ("unused", "x")));
    }

    [Fact]
    public void Content_never_suggests_quinine()
    {
        // Quinine may be named only to warn against it or to send the user to their doctor.
        var mentions = Flat("messages.en.yaml").Where(p => p.Value.Text.Contains("quinine", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, p => Assert.True(
            System.Text.RegularExpressions.Regex.IsMatch(p.Value.Text, "won't|never|doctor|serious|bruising|reaction|Do you take|asking|quinine tablets|^you (take|asked about) quinine$"), p.Key));
    }

    private static IReadOnlyDictionary<string, MessageEntry> Flat(string file)
    {
        var errors = new List<ContentError>();
        var entries = MessageFile.Parse(File.ReadAllText(Path.Combine(RepoPaths.Dialogs, file)), file, errors);
        Assert.Empty(errors);
        return entries;
    }
}
