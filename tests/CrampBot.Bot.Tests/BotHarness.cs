using CrampBot.Bot.Replies;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Bot.Tests;

/// <summary>
/// The real bot (same registrations as the host, memory storage) behind a <see cref="TestAdapter"/> with the
/// state auto-save middleware, as the samples' tests wire it. One harness is one user in one conversation.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public BotHarness(string? locale = "en-US", TimeProvider? time = null, IStorage? storage = null, string conversationId = "conv1", string userId = "user1")
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (storage is not null)
        {
            services.AddSingleton(storage);
        }

        services.AddCrampBotConversation(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        Storage = _services.GetRequiredService<IStorage>();
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, userId)) { Locale = locale };
        Adapter.Use(new AutoSaveStateMiddleware(_services.GetRequiredService<ConversationState>(), _services.GetRequiredService<UserState>()));
        Bot = _services.GetRequiredService<IBot>();
    }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    public IStorage Storage { get; }

    public ChatTurn Turn => ChatTranscriptRunner.ForTestAdapter(Adapter, Bot);

    /// <summary>Sends a message and returns every reply to it.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text, string? locale = null) =>
        Turn(new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale ?? Adapter.Locale }, TestContext.Current.CancellationToken);

    /// <summary>Sends several messages; returns the replies to the last one.</summary>
    public async Task<IReadOnlyList<Activity>> SayAllAsync(params string[] texts)
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var text in texts)
        {
            replies = await SayAsync(text);
        }

        return replies;
    }

    /// <summary>
    /// Starts with <paramref name="opening"/> and answers every question with "None of these" (or the second
    /// button) until the bot asks about <paramref name="fact"/>; returns the replies that ask it.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> AnswerNoneUntilAskedAsync(string opening, string fact, string none)
    {
        var replies = await SayAsync(opening);
        for (var turn = 0; turn < 10 && !Asks(replies[^1], fact); turn++)
        {
            var actions = replies[^1].SuggestedActions!.Actions.Select(a => a.Title!).ToList();
            replies = await SayAsync(actions.Contains(none) ? none : actions[1]);
        }

        Assert.True(Asks(replies[^1], fact), $"the check never asked about {fact}");
        return replies;
    }

    /// <summary>Whether the bot's question tag says <paramref name="activity"/> asks about <paramref name="fact"/>.</summary>
    public static bool Asks(Activity activity, string fact) => QuestionTag.Of(activity)?.Facts.Contains(fact) == true;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
