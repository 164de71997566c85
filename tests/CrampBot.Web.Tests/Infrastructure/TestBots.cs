using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Web.Tests.Infrastructure;

/// <summary>Answers each message with "echo: {text}"; deterministic, unlike the real bot's wording.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text($"echo: {turnContext.Activity.Text}"), cancellationToken);
}

/// <summary>Throws on every message, to exercise the turn error handler.</summary>
public sealed class ThrowingBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test bot failed on purpose.");
}

/// <summary>Counts the resets the turn error handler asks for.</summary>
public sealed class RecordingStateReset : IConversationStateReset
{
    private int _resets;

    public int Resets => Volatile.Read(ref _resets);

    public Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _resets);
        return Task.CompletedTask;
    }
}
