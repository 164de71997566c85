using Xunit;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>The project's own cases must all pass, modifiers included; they run with or without ../shared.</summary>
public sealed class OwnCasesTests
{
    [Fact]
    public void Every_own_case_is_recognized_exactly()
    {
        var cases = RecognizerCases.Parse(OwnCases.Json);
        Assert.True(cases.Count >= 50, "the own case set should stay broad");
        Assert.Contains(cases, c => c.Lang == "zh" && c.Expected.Count == 0);
        Assert.Contains(cases, c => c.Lang == "en" && c.Expected.Count == 0);

        var scorer = new CaseScorer();
        foreach (var c in cases)
        {
            scorer.Score(c);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(scorer.Table());
        Assert.True(scorer.Failures.Count == 0, string.Join("\n", scorer.Failures));
    }
}
