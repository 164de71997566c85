using CrampBot.Core.Content;
using CrampBot.Core.Understanding;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>Broken understanding data stops start-up with the file and line a reviewer should open.</summary>
public sealed class VocabularyValidationTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "crampbot-vocab-" + Guid.NewGuid().ToString("N"));

    public VocabularyValidationTests()
    {
        Directory.CreateDirectory(Path.Combine(_dialogs, "understanding"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Dialogs, "understanding"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(_dialogs, "understanding", Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Fact]
    public void The_real_files_load()
    {
        var understander = Understander.Load(_dialogs);
        Assert.NotEmpty(understander.Facts("my calf is swollen"));
    }

    [Theory]
    [InlineData("facts.en.yaml", "  - fact: swollen_calf\n    says: [swollen]\n", "unknown yes/no fact 'swollen_calf'")]
    [InlineData("facts.en.yaml", "  - fact: dark_urine\n    says: [\"(pee|wee\"]\n", "'(' without ')'")]
    [InlineData("facts.zh-Hans.yaml", "  - fact: dark_urine\n    sayz: [尿黑]\n", "unknown key 'sayz'")]
    public void A_broken_entry_names_file_and_line(string file, string appended, string message)
    {
        var path = Path.Combine(_dialogs, "understanding", file);
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, appended);

        var error = Assert.Throws<ContentException>(() => Understander.Load(_dialogs));
        var found = Assert.Single(error.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(path, found.File);
        Assert.InRange(found.Line, lines + 1, lines + 2);
    }

    [Fact]
    public void A_context_file_without_a_category_is_refused()
    {
        var path = Path.Combine(_dialogs, "understanding", "context.en.yaml");
        File.WriteAllText(path, "language: en\nsentence_ends: [\".\"]\n");
        var error = Assert.Throws<ContentException>(() => Understander.Load(_dialogs));
        Assert.Contains(error.Errors, e => e.File == path && e.Message.Contains("'negated' is missing", StringComparison.Ordinal));
    }
}
