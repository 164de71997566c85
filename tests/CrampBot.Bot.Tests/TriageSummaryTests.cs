using System.Text.Json.Nodes;
using CrampBot.Bot.Texts;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// The machine-readable summary in channelData.triage says what the advice text says: the same level, the same
/// causes, and the card carries the same words as the text.
/// </summary>
public sealed class TriageSummaryTests
{
    private static readonly BotTexts Texts = BotTexts.Load(ConversationServiceCollectionExtensions.DefaultDialogsFolder);

    public static TheoryData<string, string, string> Cases => new()
    {
        // opening message, locale, expected level
        { "Check my symptoms: I get cramps most nights", "en-US", "see-doctor-routine" },
        { "检查我的症状：我几乎每晚都抽筋", "zh-CN", "see-doctor-routine" },
        { "Check my symptoms: it happens once a month and lasts a few seconds", "en-GB", "self-care" },
        { "检查我的症状：一个月一次，每次几秒钟", "zh-CN", "self-care" },
        { "My right calf is swollen and now I suddenly feel short of breath with chest pain.", "en-US", "emergency" },
        { "右腿又肿又红，现在喘不上气，胸口疼。", "zh-CN", "emergency" },
        { "My foot suddenly went pale and cold and I can't move my toes.", "en-GB", "emergency" },
        { "脚突然冰凉发白，脚趾动不了，疼得厉害。", "zh-CN", "emergency" },
        { "My left calf is swollen, warm and aches all the time since my long flight.", "en-GB", "see-doctor-soon" },
        { "左小腿肿了，摸着发热，一直胀痛。", "zh-CN", "see-doctor-soon" },
        { "The cramp in my thigh lasted 25 minutes and stretching didn't help.", "en-US", "see-doctor-soon" },
        { "抽筋二十分钟了，拉伸也没用，还没好。", "zh-CN", "see-doctor-soon" },
        { "I started atorvastatin a month ago and now my thighs ache.", "en-US", "see-doctor-soon" },
        { "跑完马拉松后腿疼得厉害，尿像酱油一样。", "zh-CN", "emergency" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_summary_matches_the_advice_text(string opening, string locale, string level)
    {
        await using var bot = new BotHarness(locale);
        var conversation = await CheckRunner.RunToAdviceAsync(bot, opening);
        var advice = Assert.Single(conversation, r => r.ChannelData?["triage"] is not null);
        var triage = advice.ChannelData!["triage"]!;
        var language = Locales.Resolve(locale);
        var text = advice.Text!;

        Assert.Equal(level, triage["level"]!.GetValue<string>());
        Assert.True(TriageLevelNames.TryParse(level, out var parsed));
        Assert.Contains(Texts.Get("level." + parsed.ToKeyPart(), language), text, StringComparison.Ordinal);
        foreach (var other in Enum.GetValues<TriageLevel>().Where(l => l != parsed))
        {
            Assert.DoesNotContain(Texts.Get("level." + other.ToKeyPart(), language), text, StringComparison.Ordinal);
        }

        var causes = triage["causes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.NotEmpty(causes);
        Assert.All(causes, c => Assert.Contains(Texts.Get($"cause.{c}.name", language), text, StringComparison.Ordinal));
        Assert.All(triage["rules"]!.AsArray(), r => Assert.NotNull(Texts.Rules.Rules.SingleOrDefault(rule => rule.Id == r!.GetValue<string>())));

        if (parsed == TriageLevel.Emergency)
        {
            Assert.Contains(EmergencyNumbers.For(locale), text, StringComparison.Ordinal);
        }

        AssertCardMatchesText(advice);
    }

    /// <summary>The Adaptive Card (1.5 at most, for Teams) reads the same as the plain-text fallback.</summary>
    internal static void AssertCardMatchesText(Activity activity)
    {
        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var content = card.Content!.AsObject();
        Assert.True(Version.Parse(content["version"]!.GetValue<string>()) <= new Version(1, 5));
        Assert.Equal(activity.Text, content["fallbackText"]!.GetValue<string>());
        foreach (var block in content["body"]!.AsArray().OfType<JsonObject>())
        {
            var words = block["text"]!.GetValue<string>().TrimStart('•', ' ');
            Assert.Contains(words, activity.Text!, StringComparison.Ordinal);
        }
    }
}
