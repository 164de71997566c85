using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Builder;

public static class TurnContextExtensions
{
    /// <summary>
    /// Shows the typing indicator (Teams and Web Chat show it for about 3 s), e.g. before a slow answer.
    /// </summary>
    public static Task<ResourceResponse?> SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
    }
}
