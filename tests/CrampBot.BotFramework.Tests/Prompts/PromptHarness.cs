using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Testing;

namespace CrampBot.BotFramework.Tests.Prompts;

/// <summary>
/// A one-question waterfall around a prompt: asks, then reports what the prompt ended with as a message
/// ("result: …" or "not recognised after N"), so prompt tests read as short conversations.
/// </summary>
internal static class PromptHarness
{
    public static DialogTestClient For<T>(Prompt<T> prompt, PromptOptions options, string? locale = null, Func<object?, string>? show = null)
    {
        var dialog = new ComponentDialog("harness");
        dialog.AddDialog(new WaterfallDialog("ask",
        [
            async (step, ct) => await step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = step.Result is PromptNotRecognized nr ? $"not recognised after {nr.Attempts}" : $"result: {(show ?? (r => $"{r}"))(step.Result)}";
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        dialog.AddDialog(prompt);
        var client = new DialogTestClient(dialog);
        client.Adapter.Locale = locale;
        return client;
    }

    public static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };
}
