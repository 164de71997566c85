using CrampBot.Core.Content;
using CrampBot.Core.Tests.Triage;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Content;

public sealed class AdviceTextTests
{
    public static TheoryData<string> Locales => new() { "en-US", "en-GB", "zh-CN", "de-DE" };

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_rule_renders_in_every_locale(string locale)
    {
        foreach (var row in RuleTableTests.Rows)
        {
            var advice = Some.Rules.Assess(Some.Report(row.Data.Item2));
            var lines = AdviceText.Render(advice, Some.Content.Messages, locale);
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.DoesNotContain("{", l, StringComparison.Ordinal));
            Assert.NotEmpty(AdviceText.Causes(advice, Some.Content.Messages, locale));
        }
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("zh-CN", "120")]
    [InlineData("fr-FR", "112")]
    public void Emergency_advice_opens_with_the_local_number(string locale, string number)
    {
        var advice = Some.Rules.Assess(Some.Report("cold_pale_foot"));
        var lines = AdviceText.Render(advice, Some.Content.Messages, locale);

        Assert.Contains(number, lines[1], StringComparison.Ordinal);
        Assert.Equal(Some.Content.Messages.Get("level.emergency", locale), lines[0]);
    }

    [Fact]
    public void Red_flags_never_come_with_reassurance()
    {
        var reassuring = new[] { "level.self_care", "advice.calcium_rarely", "advice.prevent_everyday", "advice.safety_net" }
            .Select(k => Some.Content.Messages.Get(k, "en")).ToList();
        foreach (var rule in Some.Rules.Rules.Where(r => r.Level >= TriageLevel.SeeDoctorSoon))
        {
            var row = RuleTableTests.Rows.First(r => r.Data.Item1 == rule.Id);
            var lines = AdviceText.Render(Some.Rules.Assess(Some.Report(row.Data.Item2)), Some.Content.Messages, "en");
            Assert.Empty(lines.Intersect(reassuring));
        }
    }

    [Fact]
    public void Dont_know_answers_are_named_in_the_advice()
    {
        var advice = Some.Rules.Assess(Some.Report("?swelling_one_side", "?dark_urine"));

        var en = string.Join(" ", AdviceText.Render(advice, Some.Content.Messages, "en-US"));
        var zh = string.Join(" ", AdviceText.Render(advice, Some.Content.Messages, "zh-CN"));

        Assert.Contains("dark urine, one leg is swollen", en, StringComparison.Ordinal);
        Assert.Contains("尿色很深、一条腿肿", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Because_you_said_quotes_the_supporting_facts()
    {
        var advice = Some.Rules.Assess(Some.Report("pregnant_or_postpartum", "swelling_one_side"));
        var text = AdviceText.BecauseYouSaid(advice.Causes[0], Some.Content.Messages, "en-US");
        Assert.Equal("I'm saying this because you mentioned: one leg is swollen, pregnancy or a recent birth.", text);
    }
}
