using CrampBot.BotFramework.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Cli.Tests;

/// <summary>
/// `evaluate` as a clinician runs it: a vignette file in, transcripts and the summary out. With the real bot for
/// what must hold whatever the dialogs become, and with scripted bots for the failures it must count.
/// </summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Real_bot_escalates_stated_emergencies_and_answers_general_questions_in_both_languages()
    {
        var file = TestVignettes.Write(
            TestVignettes.Case("T-EN-1", "en", "my left calf has been puffy and tender since the weekend and now I'm gasping for breath with a sharp pain in my chest", "urgent/emergency", "pulmonary_embolism",
                hidden: [("swelling_one_leg", "yes"), ("breathless_chest_pain", "yes"), ("location", "left calf")]),
            TestVignettes.Case("T-ZH-1", "zh-Hans", "右边小腿肿了好几天，今天突然喘不上气，胸口刺痛", "urgent/emergency", "pulmonary_embolism",
                hidden: [("swelling_one_leg", "yes"), ("breathless_chest_pain", "yes"), ("location", "右小腿")]),
            TestVignettes.Case("T-EN-2", "en", "does magnesium help with leg cramps?", "none", "none"),
            TestVignettes.Case("T-ZH-2", "zh-Hans", "补镁对腿抽筋有用吗？", "none", "none"));
        var outDir = Path.Combine(Path.GetDirectoryName(file)!, "out");

        var (code, output) = await EvaluateAsync(["--vignettes", file, "--out", outDir, "--locale-from-lang"]);

        Assert.Equal(0, code);
        Assert.Contains("patients 4: emergencies escalated 2/2, under-triaged 0,", output, StringComparison.Ordinal);
        Assert.Contains("errors 0", output, StringComparison.Ordinal);
        Assert.Contains("[zh-Hans] patients 2: emergencies escalated 1/1", output, StringComparison.Ordinal);
        var chinese = await File.ReadAllLinesAsync(Path.Combine(outDir, "T-ZH-1.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("user: 右边小腿肿了好几天，今天突然喘不上气，胸口刺痛", chinese);
        Assert.Contains(chinese, l => l.StartsWith("bot: ", StringComparison.Ordinal) && l.Contains("120", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(outDir, "summary.txt")));
    }

    [Fact]
    public async Task A_bot_that_says_the_same_thing_three_times_running_is_a_dead_end()
    {
        var file = TestVignettes.Write(
            TestVignettes.Case("LOOP-EN", "en", "my calves cramp most nights", "self-care", "idiopathic_nocturnal_cramp"),
            TestVignettes.Case("LOOP-ZH", "zh-Hans", "我小腿几乎每晚都抽筋", "self-care", "idiopathic_nocturnal_cramp"));
        var outDir = Path.Combine(Path.GetDirectoryName(file)!, "out");

        var (code, output) = await EvaluateAsync(["--vignettes", file, "--out", outDir], services => services.AddSingleton<IBot, ScriptedBots.Repeating>());

        Assert.Equal(0, code);
        Assert.Contains("dead ends 2", output, StringComparison.Ordinal);
        var transcript = await File.ReadAllTextAsync(Path.Combine(outDir, "LOOP-ZH.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("the same message 3 times running", transcript, StringComparison.Ordinal);
        Assert.Contains("user: 没有", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_that_never_advises_is_a_dead_end_after_twenty_answers()
    {
        var file = TestVignettes.Write(TestVignettes.Case("ENDLESS", "en", "cramps again last night", "self-care", "idiopathic_nocturnal_cramp"));
        var outDir = Path.Combine(Path.GetDirectoryName(file)!, "out");

        var (_, output) = await EvaluateAsync(["--vignettes", file, "--out", outDir], services => services.AddSingleton<IBot, ScriptedBots.Endless>());

        Assert.Contains("dead ends 1", output, StringComparison.Ordinal);
        var transcript = await File.ReadAllLinesAsync(Path.Combine(outDir, "ENDLESS.txt"), TestContext.Current.CancellationToken);
        Assert.Contains(transcript, l => l.Contains("no advice after 20 answers", StringComparison.Ordinal));
        Assert.Equal(21, transcript.Count(l => l.StartsWith("user: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Plain_word_answers_are_scored_against_the_expected_level_and_cause()
    {
        var file = TestVignettes.Write(
            TestVignettes.Case("DARK-EN", "en", "my legs cramped all night after a long shift", "urgent/emergency", "rhabdomyolysis", hidden: ("dark_urine", "yes")),
            TestVignettes.Case("DARK-ZH", "zh-Hans", "昨晚腿抽了一整夜", "urgent/emergency", "rhabdomyolysis", hidden: ("dark_urine", "yes")),
            TestVignettes.Case("PLAIN-ZH", "zh-Hans", "偶尔小腿抽一下", "see-doctor-routine", "idiopathic_nocturnal_cramp"));
        var outDir = Path.Combine(Path.GetDirectoryName(file)!, "out");

        var (_, output) = await EvaluateAsync(["--vignettes", file, "--out", outDir], services => services.AddSingleton<IBot, ScriptedBots.OneChecklist>());

        // Both patients named dark urine in their own words; the third got self-care, below its expected level.
        Assert.Contains("patients 3: emergencies escalated 2/2, under-triaged 1, exact level 2/3 (67 %), leading cause 3/3 (100 %), questions before advice median 1 max 1", output, StringComparison.Ordinal);
        var chinese = await File.ReadAllLinesAsync(Path.Combine(outDir, "DARK-ZH.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("user: 尿颜色很深", chinese);
    }

    [Fact]
    public async Task A_question_without_its_description_is_read_by_its_words_and_counted()
    {
        var file = TestVignettes.Write(TestVignettes.Case("UNTAGGED", "en", "my legs cramped badly after the gym", "urgent/emergency", "rhabdomyolysis", hidden: ("dark_urine", "yes")));
        var outDir = Path.Combine(Path.GetDirectoryName(file)!, "out");

        var (_, output) = await EvaluateAsync(["--vignettes", file, "--out", outDir], services => services.AddSingleton<IBot, ScriptedBots.Untagged>());

        Assert.Contains("emergencies escalated 1/1", output, StringComparison.Ordinal);
        Assert.Contains("untagged questions 1", output, StringComparison.Ordinal);
        var transcript = await File.ReadAllLinesAsync(Path.Combine(outDir, "UNTAGGED.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("user: my urine is dark", transcript);
    }

    [Fact]
    public async Task A_missing_vignette_file_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-vignettes-" + Guid.NewGuid().ToString("N") + ".json");
        var error = new StringWriter();

        var code = await EvaluateCommand.RunAsync(["--vignettes", missing], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains(Path.GetFileName(missing), error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> EvaluateAsync(string[] args, Action<IServiceCollection>? configure = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await EvaluateCommand.RunAsync(args, output, error, configure);
        Assert.True(error.ToString().Length == 0, error.ToString());
        return (code, output.ToString());
    }
}
