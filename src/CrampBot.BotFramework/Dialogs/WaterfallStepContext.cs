using System.Text.Json.Nodes;
using CrampBot.BotFramework.Dialogs.Prompts;

namespace CrampBot.BotFramework.Dialogs;

/// <summary>
/// What a waterfall step sees: the dialog's options, its values bag, the previous step's result, and the usual
/// dialog verbs (it is a <see cref="DialogContext"/> on the same stack).
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, JsonNode? options, JsonObject values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.Stack)
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>The options the dialog was begun with, as JSON; read them with <see cref="GetOptions{T}"/>.</summary>
    public JsonNode? Options { get; }

    /// <summary>Why this step runs (begun, a reply came in, a child ended, NextAsync).</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's value, a child's result, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>Values kept across the steps of this dialog (persisted with it). Use <c>Values.Get&lt;T&gt;/Set</c>.</summary>
    public JsonObject Values { get; }

    /// <summary>True when the previous step's prompt gave up after its maximum of attempts.</summary>
    public bool NotRecognized => Result is PromptNotRecognized;

    public T? GetOptions<T>() => DialogJson.Convert<T>(Options);

    /// <summary>
    /// The previous step's result as <typeparamref name="T"/>. Throws when the prompt did not recognise an answer
    /// (check <see cref="NotRecognized"/> first), so a give-up is never mistaken for "no" or 0.
    /// </summary>
    public T? GetResult<T>() => Result is PromptNotRecognized notRecognized
        ? throw new InvalidOperationException($"Prompt '{notRecognized.PromptId}' gave up after {notRecognized.Attempts} attempts; check NotRecognized first.")
        : DialogJson.Convert<T>(Result);

    /// <summary>Skips to the next step with <paramref name="result"/> (e.g. the answer is already known). Once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
