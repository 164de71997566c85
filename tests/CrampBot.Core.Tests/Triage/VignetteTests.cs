using CrampBot.Core.Triage;
using CrampBot.Core.Triage.Extraction;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

/// <summary>Free text in, level and leading cause out, through the same extractor and rules as the bot.</summary>
public sealed class VignetteTests
{
    public static TheoryData<string> Ids => new(Vignettes.All.Select(v => v.Id));

    private static (TriageAdvice Advice, Vignettes.Vignette Vignette) Run(string id)
    {
        var vignette = Vignettes.All.Single(v => v.Id == id);
        return (Some.Rules.Assess(FactExtractor.Extract(vignette.Text, vignette.Locale)), vignette);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Vignette_gives_the_expected_level_and_leading_cause(string id)
    {
        var (advice, vignette) = Run(id);
        Assert.Equal(vignette.Level, advice.Level.ToName());
        Assert.Equal(vignette.Cause, advice.LeadingCause);
    }

    [Fact]
    public void No_emergency_vignette_comes_out_below_emergency()
    {
        var under = Vignettes.All
            .Where(v => v.Level == "emergency")
            .Select(v => (v.Id, Level: Run(v.Id).Advice.Level))
            .Where(r => r.Level != TriageLevel.Emergency)
            .ToList();
        Assert.Empty(under);
    }

    [Fact]
    public void Vignettes_are_balanced_and_cover_every_red_flag()
    {
        Assert.True(Vignettes.All.Count >= 40);
        Assert.Equal(Vignettes.All.Count(v => v.Locale.StartsWith("en", StringComparison.Ordinal)), Vignettes.All.Count(v => v.Locale.StartsWith("zh", StringComparison.Ordinal)));
        foreach (var flag in Enumerable.Range(1, 14).Select(i => $"RF-{i:00}"))
        {
            Assert.Contains(Vignettes.All, v => v.Flag == flag && v.Locale.StartsWith("en", StringComparison.Ordinal));
            Assert.Contains(Vignettes.All, v => v.Flag == flag && v.Locale.StartsWith("zh", StringComparison.Ordinal));
        }

        Assert.Contains(Vignettes.All, v => v.Level == "self-care");
    }

    [Fact]
    public void Exact_matches_are_counted()
    {
        var results = Vignettes.All.Select(v => (v, Run(v.Id).Advice)).ToList();
        var exact = results.Count(r => r.Advice.Level.ToName() == r.v.Level && r.Advice.LeadingCause == r.v.Cause);
        TestContext.Current.SendDiagnosticMessage($"vignettes: {exact} of {results.Count} match level and leading cause exactly");
        foreach (var (v, advice) in results.Where(r => r.Advice.Level.ToName() != r.v.Level || r.Advice.LeadingCause != r.v.Cause))
        {
            TestContext.Current.SendDiagnosticMessage($"  {v.Id}: expected {v.Level}/{v.Cause}, got {advice.Level.ToName()}/{advice.LeadingCause}");
        }

        Assert.Equal(results.Count, exact);
    }
}
