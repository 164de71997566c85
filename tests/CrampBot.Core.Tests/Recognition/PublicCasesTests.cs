using CrampBot.Core.Recognition;
using Xunit;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>
/// Runs every case in ../shared/recognizer-cases/public.json (read in place, never copied) and holds the issue's
/// bars: value-F1 ≥ 0.97 and strict F1 ≥ 0.90 per group, at most one false positive on expect-nothing cases.
/// </summary>
public sealed class PublicCasesTests
{
    private const double ValueBar = 0.97;
    private const double StrictBar = 0.90;
    private const int FalsePositiveBar = 1;

    [Fact]
    public void Public_cases_meet_the_quality_bars()
    {
        var shared = RepoPaths.Shared;
        Assert.SkipWhen(shared is null, "../shared is not beside this checkout; the project's own cases still run");
        var path = Path.Combine(shared!, "recognizer-cases", "public.json");
        Assert.SkipUnless(File.Exists(path), "no public.json in ../shared/recognizer-cases");

        var cases = RecognizerCases.Parse(File.ReadAllText(path));
        var scorer = new CaseScorer();
        foreach (var c in cases)
        {
            scorer.Score(c);
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(scorer.Table());
        foreach (var failure in scorer.Failures)
        {
            output?.WriteLine(failure);
        }

        var problems = new List<string>();
        foreach (var lang in (string[])["en", "zh"])
        {
            foreach (var kind in (RecognizedKind[])[RecognizedKind.Duration, RecognizedKind.Frequency])
            {
                var g = scorer.Group(lang, kind);
                if (g.F1 < ValueBar)
                {
                    problems.Add($"{lang}/{kind} value-F1 {g.F1:0.000} < {ValueBar}");
                }

                if (g.StrictF1 < StrictBar)
                {
                    problems.Add($"{lang}/{kind} strict F1 {g.StrictF1:0.000} < {StrictBar}");
                }
            }
        }

        if (scorer.NothingCasesFalsePositives > FalsePositiveBar)
        {
            problems.Add($"{scorer.NothingCasesFalsePositives} false positives on expect-nothing cases > {FalsePositiveBar}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + scorer.Table() + string.Join("\n", scorer.Failures));
    }
}
