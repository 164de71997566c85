using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Testing;

/// <summary>
/// A scripted conversation against a bot: <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello").StartTestAsync()</c>.
/// Steps run in order when <see cref="StartTestAsync"/> is awaited; a failed expectation throws
/// <see cref="TestFlowException"/> naming the step. The flow is immutable: each call returns a longer flow.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Func<Task>> _steps;

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, CallbackOf(bot))
    {
    }

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<Task>> steps)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _steps = steps;
    }

    private static BotCallbackHandler CallbackOf(IBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.OnTurnAsync;
    }

    /// <summary>The user says <paramref name="text"/>; the turn runs to its end before the next step.</summary>
    public TestFlow Send(string text) => Send(_adapter.MakeActivity(text));

    public TestFlow Send(Activity activity) => Then(() => _adapter.ProcessActivityAsync(activity, _callback));

    /// <summary>The next reply's text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null) =>
        AssertReply(
            reply =>
            {
                if (!string.Equals(reply.Text, expected, StringComparison.Ordinal))
                {
                    throw new TestFlowException($"{description ?? "AssertReply"}: expected \"{expected}\" but the bot said \"{reply.Text}\".");
                }
            },
            description);

    /// <summary>The next reply's text contains <paramref name="expected"/> (ignoring case).</summary>
    public TestFlow AssertReplyContains(string expected, string? description = null) =>
        AssertReply(
            reply =>
            {
                if (reply.Text is null || !reply.Text.Contains(expected, StringComparison.OrdinalIgnoreCase))
                {
                    throw new TestFlowException($"{description ?? "AssertReplyContains"}: expected a reply containing \"{expected}\" but the bot said \"{reply.Text}\".");
                }
            },
            description);

    /// <summary>The next reply satisfies <paramref name="inspect"/> (which throws if not).</summary>
    public TestFlow AssertReply(Action<Activity> inspect, string? description = null) => Then(() =>
    {
        var reply = _adapter.GetNextReply()
            ?? throw new TestFlowException($"{description ?? "AssertReply"}: expected a reply but the bot sent nothing more.");
        inspect(reply);
        return Task.CompletedTask;
    });

    /// <summary>The next reply offers exactly these suggested actions (titles, in order).</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) => AssertReply(reply =>
    {
        var actual = reply.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? [];
        if (!actual.SequenceEqual(titles))
        {
            throw new TestFlowException($"AssertSuggestedActions: expected [{string.Join(" | ", titles)}] but got [{string.Join(" | ", actual)}] on \"{reply.Text}\".");
        }
    });

    /// <summary>Every reply so far has been read.</summary>
    public TestFlow AssertNoReply(string? description = null) => Then(() =>
    {
        if (_adapter.GetNextReply() is { } extra)
        {
            throw new TestFlowException($"{description ?? "AssertNoReply"}: expected no reply but the bot said \"{extra.Text}\".");
        }

        return Task.CompletedTask;
    });

    /// <summary>Send, then expect exactly one reply text.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Any custom step.</summary>
    public TestFlow Then(Func<Task> step) => new(_adapter, _callback, [.. _steps, step]);

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }
}

/// <summary>A scripted expectation about the bot was not met.</summary>
public sealed class TestFlowException : Exception
{
    public TestFlowException()
    {
    }

    public TestFlowException(string message)
        : base(message)
    {
    }

    public TestFlowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
