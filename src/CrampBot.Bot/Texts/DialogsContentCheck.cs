using CrampBot.Core.Understanding.Intents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrampBot.Bot.Texts;

/// <summary>
/// Loads dialogs/ when the host starts, so broken or missing content stops the app with the file and line
/// instead of failing a user's first message.
/// </summary>
internal sealed class DialogsContentCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<BotTexts>();

        // The intent classifier trains on dialogs/understanding/ once, here: a broken file stops start-up, and the
        // first message does not pay for the training.
        _ = IntentClassifier.Default;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
