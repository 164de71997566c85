namespace CrampBot.Core.Content;

/// <summary>One problem in a dialogs/ file, with the file and line a reviewer should open.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Thrown at start-up when dialogs/ content is broken (unknown fact, unknown message key, missing source,
/// duplicate id, missing translation). The app must not start on broken clinical content.
/// </summary>
public sealed class ContentException : Exception
{
    public ContentException(IReadOnlyList<ContentError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    public ContentException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ContentException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [];
    }

    public IReadOnlyList<ContentError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<ContentError> errors) =>
        "Invalid content in dialogs/:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
