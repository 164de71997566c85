using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>Every golden conversation in dialogs/transcripts, replayed through the test adapter.</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Transcripts => new(Directory.GetFiles(RepoPaths.Transcripts, "*.chat").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_replays(string file)
    {
        var transcript = ChatTranscript.Parse(Path.Combine(RepoPaths.Transcripts, file));
        await using var bot = new BotHarness(transcript.Locale);

        await ChatTranscriptRunner.RunAsync(transcript, bot.Turn, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void There_are_at_least_30_transcripts_half_in_chinese()
    {
        var files = Directory.GetFiles(RepoPaths.Transcripts, "*.chat");
        var chinese = files.Count(f => ChatTranscript.Parse(f).Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true
                                       || Path.GetFileName(f).StartsWith("zh-", StringComparison.Ordinal));

        Assert.True(files.Length >= 30, $"{files.Length} transcripts");
        Assert.True(chinese * 2 >= files.Length, $"{chinese} of {files.Length} in Chinese");
    }
}
