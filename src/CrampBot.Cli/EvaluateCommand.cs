using System.Text.Json;
using CrampBot.Cli.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Cli;

/// <summary>
/// <c>evaluate --vignettes FILE [--out DIR] [--locale-from-lang] [--patient DIR]</c>: runs simulated patients
/// (the format of ../shared/evaluation/vignettes.json) through the bot in this process, composed as the web host
/// composes it, writes one transcript per patient to DIR (default evaluation-out), and prints the summary line
/// and the table. A clinician changes dialogs/ and runs it. Exit code 0 when every patient ran, 1 when a turn
/// failed, 2 on bad arguments or data.
/// </summary>
internal static class EvaluateCommand
{
    /// <param name="configure">Changes to the bot's composition (tests only: a scripted bot).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<IServiceCollection>? configure = null)
    {
        var file = Option(args, "--vignettes");
        if (file is null)
        {
            error.WriteLine("usage: evaluate --vignettes FILE [--out DIR] [--locale-from-lang] [--patient DIR]");
            return 2;
        }

        IReadOnlyList<Vignette> vignettes;
        PatientPhrasebook phrasebook;
        try
        {
            vignettes = Vignette.Load(file);
            phrasebook = PatientPhrasebook.Load(Option(args, "--patient") ?? PatientPhrasebook.DefaultFolder);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        var outDir = Path.GetFullPath(Option(args, "--out") ?? "evaluation-out");
        Directory.CreateDirectory(outDir);
        await using var bot = InProcessBot.Create(configure: configure);
        var runner = new VignetteRunner(phrasebook, new QuestionByWording(bot.Texts), args.Contains("--locale-from-lang"));

        var outcomes = new List<VignetteOutcome>();
        foreach (var vignette in vignettes)
        {
            var turn = bot.Open("eval-" + vignette.Id, "patient-" + vignette.Id, runner.LocaleOf(vignette));
            var outcome = await runner.RunAsync(vignette, turn, CancellationToken.None);
            outcomes.Add(outcome);
            await File.WriteAllLinesAsync(Path.Combine(outDir, SafeName(vignette.Id) + ".txt"), TranscriptFile(outcome));
        }

        var figures = new EvaluationFigures(outcomes);
        var table = figures.Table();
        await File.WriteAllTextAsync(Path.Combine(outDir, "summary.txt"), table + Environment.NewLine + string.Join(Environment.NewLine, figures.Misses()) + Environment.NewLine);
        output.Write(table);
        output.WriteLine($"transcripts: {outDir}");
        return figures.Errors == 0 ? 0 : 1;
    }

    private static IEnumerable<string> TranscriptFile(VignetteOutcome outcome)
    {
        var v = outcome.Vignette;
        yield return $"# {v.Id} ({v.Lang}) expected {v.ExpectedTriage} / {v.ExpectedCause}";
        yield return $"# outcome {outcome.Ending} {outcome.Level?.ToString() ?? "-"} / {string.Join(",", outcome.Causes)} after {outcome.Questions} answers{(outcome.Note is null ? string.Empty : " (" + outcome.Note + ")")}";
        foreach (var unmapped in outcome.Unmapped)
        {
            yield return "# unmapped question " + unmapped;
        }

        foreach (var line in outcome.Transcript)
        {
            yield return line;
        }
    }

    private static string SafeName(string id) => string.Concat(id.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
