using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the answer. Each user message is recognised, counted, and validated; an
/// acceptable answer ends the prompt with its value, anything else gets the retry prompt, and after
/// <see cref="MaxAttempts"/> answers the prompt ends with <see cref="PromptNotRecognized"/> instead of looping.
/// Activities other than messages (typing, conversation updates) are ignored.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    public const int DefaultMaxAttempts = 3;

    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Answers accepted before giving up, unless <see cref="PromptOptions.MaxAttempts"/> says otherwise; 0 = never.</summary>
    public int MaxAttempts { get; init; } = DefaultMaxAttempts;

    /// <summary>The locale used when the activity carries none.</summary>
    public string? DefaultLocale { get; init; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogJson.Convert<PromptOptions>(options)
            ?? throw new ArgumentException($"{this} needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state.Set(OptionsKey, promptOptions);
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempts = (state[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptCountKey] = attempts;

        var tracker = new RespondedTracker(dc.Context);
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(tracker, recognized, options, attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        var max = options.MaxAttempts ?? MaxAttempts;
        if (max > 0 && attempts >= max)
        {
            return await dc.EndDialogAsync(new PromptNotRecognized(Id, attempts), cancellationToken);
        }

        if (!tracker.SentSomething)
        {
            await OnPromptAsync(dc.Context, state, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A prompt is never a parent, but if something it started ends, it asks again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, instance.State, ReadOptions(instance.State), isRetry: false, cancellationToken);

    /// <summary>Sends the question (or, with <paramref name="isRetry"/>, the retry prompt).</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(Decorate(turnContext, activity.Clone(), options), cancellationToken);
        }
    }

    /// <summary>A hook to add choices or hints to the outgoing question; by default it is sent as is.</summary>
    protected virtual Activity Decorate(ITurnContext turnContext, Activity prompt, PromptOptions options) => prompt;

    /// <summary>Understands the user's message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The locale for this turn: the activity's, else <see cref="DefaultLocale"/>, else English.</summary>
    protected string LocaleFor(ITurnContext turnContext) =>
        turnContext.Activity.Locale is { Length: > 0 } locale ? locale : DefaultLocale ?? "en-US";

    private static PromptOptions ReadOptions(JsonObject state) => state.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
}
