using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.Web.Tests.Conversation;

/// <summary>The golden conversations in dialogs/transcripts, replayed through the real HTTP pipeline.</summary>
public sealed class TranscriptHttpTests
{
    public static TheoryData<string> Transcripts => new(Directory.GetFiles(Dialogs.Transcripts, "*.chat").Select(f => Path.GetFileName(f)).Order());

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_replays_over_http(string file)
    {
        var transcript = ChatTranscript.Parse(Path.Combine(Dialogs.Transcripts, file));
        await using var host = new ConversationHost();

        await ChatTranscriptRunner.RunAsync(transcript, host.Turn, TestContext.Current.CancellationToken);
    }
}

/// <summary>Finds dialogs/ in the checkout, wherever the test binaries run from.</summary>
internal static class Dialogs
{
    public static string Transcripts { get; } = Path.Combine(FindRoot(), "dialogs", "transcripts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrampBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrampBot.sln not found above " + AppContext.BaseDirectory);
    }
}
