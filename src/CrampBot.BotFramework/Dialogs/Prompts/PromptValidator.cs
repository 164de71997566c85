using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>Decides whether a recognised (or not) answer is acceptable; it may reply itself to explain why not.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a prompt understood from the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false);
}

/// <summary>What a validator gets to decide with.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
