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
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
