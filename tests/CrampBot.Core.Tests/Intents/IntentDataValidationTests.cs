using CrampBot.Core.Content;
using CrampBot.Core.Understanding.Intents;
using Xunit;

namespace CrampBot.Core.Tests.Intents;

/// <summary>
/// A broken file in dialogs/understanding/ stops start-up with the file and line, like the rest of dialogs/.
/// Each test copies the real files to a temporary dialogs folder and breaks one thing.
/// </summary>
public sealed class IntentDataValidationTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "crampbot-intents-" + Guid.NewGuid().ToString("N"));

    public IntentDataValidationTests()
    {
        var understanding = Path.Combine(_dialogs, UnderstandingSource.Folder);
        Directory.CreateDirectory(understanding);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Dialogs, UnderstandingSource.Folder), "*.yaml"))
        {
            File.Copy(file, Path.Combine(understanding, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Fact]
    public void The_real_files_load()
    {
        Assert.True(IntentClassifier.Load(_dialogs).ExampleCount > 0);
    }

    [Fact]
    public void An_unknown_label_names_file_and_line()
    {
        var line = Append("intents.en.yaml", "cramps_now:\n  - my calf is seizing");

        var error = Assert.Single(Errors());
        Assert.EndsWith("intents.en.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("unknown intent label 'cramps_now'", error.Message);
    }

    [Fact]
    public void A_duplicate_example_names_both_lines()
    {
        var line = InsertAfter("intents.zh-Hans.yaml", "  - 为什么晚上会腿抽筋", "  - 你好");

        var error = Assert.Single(Errors(), e => e.Message.Contains("duplicate", StringComparison.Ordinal));
        Assert.EndsWith("intents.zh-Hans.yaml", error.File);
        // The inserted line comes first in the file, so the original under 'greeting' is reported as the repeat.
        Assert.Contains($"already on line {line}, under 'why' too", error.Message);
        Assert.True(error.Line > line);
    }

    [Fact]
    public void An_empty_example_is_refused()
    {
        var line = InsertAfter("intents.en.yaml", "  - thank you so much", "  - \"   \"");

        var error = Assert.Single(Errors(), e => e.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_label_without_examples_in_one_language_is_refused()
    {
        var path = Path.Combine(_dialogs, UnderstandingSource.Folder, "intents.zh-Hans.yaml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\npickle_juice:", StringComparison.Ordinal);
        var end = text.IndexOf("\nmedicines:", StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + text[end..]);

        Assert.Contains(Errors(), e => e.File.EndsWith("intents.zh-Hans.yaml", StringComparison.Ordinal) && e.Message.Contains("no examples for intent 'pickle_juice'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threshold_out_of_range_is_refused()
    {
        var path = Path.Combine(_dialogs, UnderstandingSource.Folder, IntentModelSettings.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("confident: 0.55", "confident: 1.5", StringComparison.Ordinal));

        Assert.Contains(Errors(), e => e.File.EndsWith(IntentModelSettings.FileName, StringComparison.Ordinal) && e.Message.Contains("calibration", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_for_an_unknown_label_or_locale_is_refused()
    {
        Append(IntentRules.FileName, "extra: 1");
        var path = Path.Combine(_dialogs, UnderstandingSource.Folder, IntentRules.FileName);
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("  start_over: [", "  begin_again: [", StringComparison.Ordinal)
            .Replace("  zh-Hans: [chinese", "  zh-TW: [chinese", StringComparison.Ordinal));

        var errors = Errors();
        Assert.Contains(errors, e => e.Message.Contains("unknown intent label 'begin_again'", StringComparison.Ordinal) && e.Line > 0);
        Assert.Contains(errors, e => e.Message.Contains("unknown locale 'zh-TW'", StringComparison.Ordinal) && e.Line > 0);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(_dialogs, UnderstandingSource.Folder, "intents.en.yaml"));

        Assert.Contains(Errors(), e => e.File.EndsWith("intents.en.yaml", StringComparison.Ordinal) && e.Message.Contains("not found", StringComparison.Ordinal));
    }

    /// <summary>Appends YAML to a file; returns the line number of its first appended line.</summary>
    private int Append(string fileName, string yaml)
    {
        var path = Path.Combine(_dialogs, UnderstandingSource.Folder, fileName);
        var text = File.ReadAllText(path).TrimEnd('\n') + "\n";
        var line = text.Count(c => c == '\n') + 1;
        File.WriteAllText(path, text + yaml + "\n");
        return line;
    }

    /// <summary>Inserts a line after the first line equal to <paramref name="after"/>; returns the new line's number.</summary>
    private int InsertAfter(string fileName, string after, string newLine)
    {
        var path = Path.Combine(_dialogs, UnderstandingSource.Folder, fileName);
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.IndexOf(after) + 1;
        Assert.True(at > 0, $"'{after}' is not a line of {fileName}");
        lines.Insert(at, newLine);
        File.WriteAllLines(path, lines);
        return at + 1;
    }

    private List<ContentError> Errors() =>
        Assert.Throws<ContentException>(() => IntentClassifier.Load(_dialogs)).Errors.ToList();
}
