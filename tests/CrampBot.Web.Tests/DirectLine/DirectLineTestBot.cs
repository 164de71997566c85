using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>
/// A bot whose answers the tests can predict: a welcome naming the locale, "echo: {text}", a typing indicator
/// before the echo of "slow", an exception for "fail", and "value: {json}" for a message with a value.
/// </summary>
public sealed class DirectLineTestBot : ActivityHandler
{
    public const string Welcome = "Welcome to the test bot";

    private int _welcomes;

    public int Welcomes => Volatile.Read(ref _welcomes);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded)
        {
            if (member.Id != turnContext.Activity.Recipient?.Id)
            {
                Interlocked.Increment(ref _welcomes);
                await turnContext.SendActivityAsync(MessageFactory.Text($"{Welcome} ({turnContext.Activity.Locale ?? "no locale"})"), cancellationToken);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JsonNode value && string.IsNullOrEmpty(activity.Text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"value: {value.ToJsonString()}"), cancellationToken);
            return;
        }

        switch (activity.Text)
        {
            case "fail":
                throw new InvalidOperationException("The Direct Line test bot failed on purpose.");
            case "slow":
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                break;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text($"echo: {activity.Text}"), cancellationToken);
    }
}
