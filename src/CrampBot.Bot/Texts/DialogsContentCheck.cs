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
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The two largest pieces of start-up work, side by side on two cores rather than one after the other: loading
        // dialogs/ and the intent classifier's training (once per process: begun at process start by a host that calls
        // IntentClassifier.BeginTraining, else here). A broken file stops start-up, and the first message does not pay
        // for either. Neither needs the other.
        var texts = Task.Run(() => services.GetRequiredService<BotTexts>(), cancellationToken);
        var classifier = Task.Run(() => IntentClassifier.Default, cancellationToken);
        await Task.WhenAll(texts, classifier);

        // Training leaves tens of megabytes of scratch data behind. One full, compacting collection now, before the
        // host listens, hands those pages back to the system; left to itself the collector keeps them, and an idle
        // bot would hold them for as long as it runs.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
