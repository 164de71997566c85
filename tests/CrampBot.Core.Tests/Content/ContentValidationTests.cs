using CrampBot.Core.Content;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Content;

/// <summary>Start-up validation: good content loads, broken content stops the app naming file and line.</summary>
public sealed class ContentValidationTests
{
    private const string ValidLevels = """
        levels:
          emergency: {advice: [a.x]}
          see-doctor-soon: {advice: [a.x]}
          see-doctor-routine: {advice: [a.x]}
          self-care: {advice: [a.x]}
        """;

    [Fact]
    public void The_shipped_dialogs_load()
    {
        var content = DialogsContent.Load(RepoPaths.Dialogs);
        Assert.NotEmpty(content.Rules.Rules);
        Assert.All(content.Rules.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void Every_askable_fact_a_rule_uses_has_a_question_in_both_languages()
    {
        var content = DialogsContent.Load(RepoPaths.Dialogs);
        var asked = content.Rules.Rules.Where(r => r.Level > TriageLevel.SelfCare)
            .SelectMany(r => r.When.FactNames).Distinct().Select(Facts.Get).Where(f => f.Askable);
        Assert.All(asked, f =>
        {
            Assert.NotEqual(content.Messages.Get(f.QuestionKey, "en"), content.Messages.Get(f.QuestionKey, "zh-CN"));
        });
    }

    public static TheoryData<string, int, string> BrokenRules => new()
    {
        {
            ValidLevels + """

            rules:
              - id: RF-01
                when: swollen_leg
                level: see-doctor-soon
                cause: deep_vein_thrombosis
                source: ref
            """, 8, "unknown fact 'swollen_leg'"
        },
        {
            ValidLevels + """

            rules:
              - id: RF-01
                when: swelling_one_side
                level: see-doctor-soon
                cause: deep_vein_thrombosis
                advice: [a.x, advice.nope]
                source: ref
            """, 11, "unknown message key 'advice.nope'"
        },
        {
            ValidLevels + """

            rules:
              - id: RF-01
                when: swelling_one_side
                level: see-doctor-soon
                cause: deep_vein_thrombosis
            """, 7, "has no 'source'"
        },
        {
            ValidLevels + """

            rules:
              - id: RF-01
                when: swelling_one_side
                level: see-doctor-soon
                cause: deep_vein_thrombosis
                source: ref
              - id: RF-01
                when: redness_warmth
                level: see-doctor-soon
                cause: deep_vein_thrombosis
                source: ref
            """, 12, "duplicate rule id 'RF-01' (first at line 7)"
        },
        {
            ValidLevels + """

            rules:
              - id: YF-01
                when: frequency_per_week
                level: see-doctor-routine
                cause: idiopathic_nocturnal_cramp
                source: ref
            """, 8, "is a number"
        },
        {
            ValidLevels + """

            rules:
              - id: YF-01
                when: {all: [dark_urine, "swelling_one_side > 2"]}
                level: urgent
                cause: idiopathic_nocturnal_cramp
                source: ref
            """, 8, "cannot be compared"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_broken_rules_file_names_file_and_line(string yaml, int line, string message)
    {
        var ex = Assert.Throws<ContentException>(() => TriageRulesLoader.Parse(yaml, "dialogs/triage-rules.yaml", key => key == "a.x"));

        Assert.True(
            ex.Errors.Any(e => e.File == "dialogs/triage-rules.yaml" && e.Line == line && e.Message.Contains(message, StringComparison.Ordinal)),
            ex.Message);
        Assert.Contains($"dialogs/triage-rules.yaml:{line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rules_file_in_a_dialogs_folder_stops_loading()
    {
        var folder = CopyDialogs();
        var path = Path.Combine(folder, "triage-rules.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Trim() == "when: wound_recent");
        lines[index] = lines[index].Replace("wound_recent", "wound_resent", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var ex = Assert.Throws<ContentException>(() => DialogsContent.Load(folder));

        Assert.Contains($"{path}:{index + 1}: rule 'RF-05': unknown fact 'wound_resent'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_translation_stops_loading()
    {
        var folder = CopyDialogs();
        var path = Path.Combine(folder, "messages.zh-Hans.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("disclaimer:", StringComparison.Ordinal)));

        var ex = Assert.Throws<ContentException>(() => DialogsContent.Load(folder));

        Assert.Contains(ex.Errors, e => e.File == path && e.Message.Contains("missing key 'bot.disclaimer'", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_placeholders_stop_loading()
    {
        var folder = CopyDialogs();
        var path = Path.Combine(folder, "messages.zh-Hans.yaml");
        var text = File.ReadAllText(path).Replace("请立即拨打 {number}", "请立即拨打 {numbr}", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var ex = Assert.Throws<ContentException>(() => DialogsContent.Load(folder));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("'emergency.call' has placeholders {numbr}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_message_key_stops_loading()
    {
        var folder = CopyDialogs();
        var path = Path.Combine(folder, "messages.en.yaml");
        File.AppendAllText(path, "\nbot:\n  extra: \"x\"\n");

        var ex = Assert.Throws<ContentException>(() => DialogsContent.Load(folder));

        Assert.Contains(ex.Errors, e => e.File == path && e.Line > 0);
    }

    private static string CopyDialogs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crampbot-dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "triage-rules.yaml", "messages.en.yaml", "messages.zh-Hans.yaml" })
        {
            File.Copy(Path.Combine(RepoPaths.Dialogs, file), Path.Combine(folder, file));
        }

        return folder;
    }
}
