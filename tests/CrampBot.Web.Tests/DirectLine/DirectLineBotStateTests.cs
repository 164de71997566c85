using System.Globalization;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>
/// The bot's own conversation state must survive from one Direct Line turn to the next. The transcript store once
/// shared ConversationState's key for channel directline and overwrote the dialog stack after every turn, which
/// only a multi-turn conversation over Direct Line shows.
/// </summary>
public sealed class DirectLineBotStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bots_conversation_state_survives_from_turn_to_turn()
    {
        var bot = new TurnCountingBot();
        await using var app = new DirectLineApp(bot: bot);
        bot.State = app.Services.GetRequiredService<ConversationState>();
        var started = await app.StartConversationAsync();

        foreach (var text in new[] { "one", "two", "three" })
        {
            using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage(text));
            posted.EnsureSuccessStatusCode();
        }

        var replies = (await app.GetActivitiesAsync(started.Token!, started.ConversationId)).Activities
            .Where(a => a.From?.Role == "bot" && a.Text?.StartsWith("turn ", StringComparison.Ordinal) == true)
            .Select(a => a.Text)
            .ToList();
        Assert.Equal(["turn 1", "turn 2", "turn 3"], replies);
    }

    /// <summary>Counts the user's messages in conversation state and says the count.</summary>
    private sealed class TurnCountingBot : ActivityHandler
    {
        public ConversationState? State { get; set; }

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var turns = State!.CreateProperty<int>("turns");
            var count = await turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
            await turns.SetAsync(turnContext, count, cancellationToken);
            await turnContext.SendActivityAsync("turn " + count.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        }
    }
}
