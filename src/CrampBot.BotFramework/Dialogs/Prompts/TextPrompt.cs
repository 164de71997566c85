using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message is an answer (trimmed).</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(turnContext.Activity.Text is { } text && !string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>(true, text.Trim())
            : PromptRecognizerResult<string>.Failed);
}
