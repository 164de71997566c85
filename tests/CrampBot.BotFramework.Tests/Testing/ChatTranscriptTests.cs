using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using CrampBot.BotFramework.Tests.State;
using Xunit;

namespace CrampBot.BotFramework.Tests.Testing;

public sealed class ChatTranscriptTests
{
    private static string Sample(string name) => RepoFiles.Path("tests", "CrampBot.BotFramework.Tests", "Testing", "Transcripts", name);

    private static ChatTurn IntakeTurn()
    {
        var host = new IntakeHost(new MemoryStorage());
        return ChatTranscriptRunner.ForTestAdapter(host.AdapterFor(TestAdapter.CreateConversation(Guid.NewGuid().ToString("N"))), host.Intake);
    }

    private static ChatTurn Bot(BotCallbackHandler logic) => ChatTranscriptRunner.ForTestAdapter(new TestAdapter(), logic);

    [Fact]
    public void The_sample_parses_into_locale_and_steps()
    {
        var transcript = ChatTranscript.Parse(Sample("intake.en.chat"));

        Assert.Equal("intake.en", transcript.Name);
        Assert.Equal("en-US", transcript.Locale);
        Assert.Equal(9, transcript.Steps.Count);
        Assert.Equal(new UserSays(5, "hi"), transcript.Steps[0]);
        Assert.Equal(new BotSays(8, "nights a week", ChatMatch.Contains), transcript.Steps[3]);
        Assert.Equal(["Yes", "No"], Assert.IsType<BotSuggests>(transcript.Steps[6]).Titles);
    }

    [Theory]
    [InlineData("intake.en.chat")]
    [InlineData("intake.zh-Hans.chat")]
    public async Task The_samples_replay_against_the_intake_bot(string file) =>
        await ChatTranscriptRunner.RunAsync(ChatTranscript.Parse(Sample(file)), IntakeTurn(), TestContext.Current.CancellationToken);

    [Fact]
    public void Every_line_kind_parses()
    {
        var transcript = ChatTranscript.ParseText("""
            user=user
            bot=bot
            join
            user.value: {"kind": "severity", "severity": "7"}
            bot: line one\nline two
            actions~: Later
            bot: ...
            """);

        Assert.Null(transcript.Locale);
        Assert.IsType<UserJoins>(transcript.Steps[0]);
        Assert.Equal("7", Assert.IsType<UserSubmits>(transcript.Steps[1]).Value["severity"]!.GetValue<string>());
        Assert.Equal("line one\nline two", Assert.IsType<BotSays>(transcript.Steps[2]).Text);
        Assert.False(Assert.IsType<BotSuggests>(transcript.Steps[3]).Exact);
        Assert.IsType<BotSkipsRest>(transcript.Steps[4]);
    }

    [Fact]
    public void A_bad_line_names_the_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => ChatTranscript.ParseText("user: hi\nrobot: hello", "greeting"));
        Assert.StartsWith("greeting:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_after_the_first_turn_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => ChatTranscript.ParseText("user: hi\nlocale: zh-Hans", "late"));
        Assert.Contains("late:2: 'locale:' is a header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_actions_assert_that_no_buttons_are_offered()
    {
        BotCallbackHandler plain = (tc, ct) => tc.SendActivityAsync("Hello", cancellationToken: ct);
        await ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: Hello\nactions:"), Bot(plain), TestContext.Current.CancellationToken);
        BotCallbackHandler buttons = (tc, ct) => tc.SendActivityAsync(MessageFactory.SuggestedActions(["Yes"], "Hello"), ct);
        await Assert.ThrowsAsync<ChatTranscriptException>(() =>
            ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: Hello\nactions:"), Bot(buttons), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_wrong_reply_fails_at_its_line()
    {
        var transcript = ChatTranscript.ParseText("user: hi\nbot: What is your name?\nuser: Ann\nbot: Hello Ann", "wrong");
        var error = await Assert.ThrowsAsync<ChatTranscriptException>(() => ChatTranscriptRunner.RunAsync(transcript, IntakeTurn(), TestContext.Current.CancellationToken));
        Assert.Contains("wrong:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("How many nights a week?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_extra_reply_fails_unless_skipped()
    {
        BotCallbackHandler chatty = async (tc, ct) =>
        {
            await tc.SendActivityAsync("one", cancellationToken: ct);
            await tc.SendActivityAsync("two", cancellationToken: ct);
        };
        var strict = ChatTranscript.ParseText("user: hi\nbot: one", "strict");
        var error = await Assert.ThrowsAsync<ChatTranscriptException>(() => ChatTranscriptRunner.RunAsync(strict, Bot(chatty), TestContext.Current.CancellationToken));
        Assert.Contains("\"two\"", error.Message, StringComparison.Ordinal);

        await ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: one\nbot: ..."), Bot(chatty), TestContext.Current.CancellationToken);
        await ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot~: ONE\nbot: two"), Bot(chatty), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_missing_reply_and_wrong_suggested_actions_fail()
    {
        BotCallbackHandler asks = (tc, ct) => tc.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Now?"), ct);

        await ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: Now?\nactions: Yes | No\nactions~: No"), Bot(asks), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<ChatTranscriptException>(() =>
            ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: Now?\nactions: No | Yes"), Bot(asks), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ChatTranscriptException>(() =>
            ChatTranscriptRunner.RunAsync(ChatTranscript.ParseText("user: hi\nbot: Now?\nbot: And?"), Bot(asks), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Card_values_joins_and_locale_reach_the_bot()
    {
        var seen = new List<string>();
        BotCallbackHandler echo = async (tc, ct) =>
        {
            var a = tc.Activity;
            seen.Add($"{a.Type}|{a.Locale}|{a.Text}|{a.Value?.ToJsonString()}|{string.Join(",", a.MembersAdded?.Select(m => m.Id) ?? [])}");
            if (a.IsType(ActivityTypes.Message))
            {
                await tc.SendActivityAsync(a.Value is JsonObject v ? $"severity {v["severity"]}" : $"text {a.Text}", cancellationToken: ct);
            }
        };
        var transcript = ChatTranscript.ParseText("locale: zh-Hans\njoin\nuser.value: {\"severity\":\"7\"}\nbot: severity 7\nuser: 好\nbot: text 好");
        await ChatTranscriptRunner.RunAsync(transcript, Bot(echo), TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "conversationUpdate|zh-Hans|||user1,bot",
            "message|zh-Hans||{\"severity\":\"7\"}|",
            "message|zh-Hans|好||",
        ],
            seen);
    }
}
