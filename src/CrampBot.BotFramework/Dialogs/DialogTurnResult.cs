namespace CrampBot.BotFramework.Dialogs;

/// <summary>The outcome of one call into the dialog stack.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The result as <typeparamref name="T"/>, converted through JSON when it came back from storage.</summary>
    public T? GetResult<T>() => DialogJson.Convert<T>(Result);
}
