using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Testing;

/// <summary>Sends one user activity to the bot (however it is hosted) and returns the bot's replies to it.</summary>
public delegate Task<IReadOnlyList<Activity>> ChatTurn(Activity userActivity, CancellationToken cancellationToken);

/// <summary>
/// Replays a <see cref="ChatTranscript"/> through any host: the <see cref="ChatTurn"/> delegate decides how an
/// activity reaches the bot (a <see cref="TestAdapter"/> here; the HTTP pipeline with expectReplies elsewhere).
/// The runner builds bare user activities (type, text or value, locale); the delegate adds the addressing.
/// A mismatch throws <see cref="ChatTranscriptException"/> with the file name and line.
/// </summary>
public static class ChatTranscriptRunner
{
    public static async Task RunAsync(ChatTranscript transcript, ChatTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(turn);
        var pending = new Queue<Activity>();
        Activity? lastMatched = null;
        var lastUserLine = 0;

        foreach (var step in transcript.Steps)
        {
            switch (step)
            {
                case UserSays or UserSubmits or UserJoins:
                    AssertTurnConsumed(transcript, pending, lastUserLine);
                    lastUserLine = step.Line;
                    lastMatched = null;
                    foreach (var reply in await turn(UserActivity(step, transcript.Locale), cancellationToken))
                    {
                        if (reply.IsType(ActivityTypes.Message))
                        {
                            pending.Enqueue(reply);
                        }
                    }

                    break;
                case BotSays says:
                    if (!pending.TryDequeue(out var next))
                    {
                        throw Fail(transcript, step, $"expected the bot to say \"{says.Text}\", but it sent nothing more.");
                    }

                    var actual = Normalize(next.Text);
                    var ok = says.Match == ChatMatch.Exact
                        ? actual == Normalize(says.Text)
                        : actual.Contains(Normalize(says.Text), StringComparison.OrdinalIgnoreCase);
                    if (!ok)
                    {
                        var how = says.Match == ChatMatch.Exact ? "" : "something containing ";
                        throw Fail(transcript, step, $"expected the bot to say {how}\"{says.Text}\", but it said \"{next.Text}\".");
                    }

                    lastMatched = next;
                    break;
                case BotSuggests suggests:
                    var titles = lastMatched?.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
                    var matches = suggests.Exact ? titles.SequenceEqual(suggests.Titles) : suggests.Titles.All(titles.Contains);
                    if (!matches)
                    {
                        throw Fail(transcript, step, $"expected suggested actions [{string.Join(" | ", suggests.Titles)}], got [{string.Join(" | ", titles)}].");
                    }

                    break;
                case BotSkipsRest:
                    pending.Clear();
                    break;
            }
        }

        AssertTurnConsumed(transcript, pending, lastUserLine);
    }

    /// <summary>A <see cref="ChatTurn"/> over a <see cref="TestAdapter"/>: runs the turn, returns what it sent.</summary>
    public static ChatTurn ForTestAdapter(TestAdapter adapter, BotCallbackHandler callback) => async (activity, ct) =>
    {
        adapter.TakeReplies();
        await adapter.ProcessActivityAsync(Address(activity, adapter.Conversation), callback, ct);
        return adapter.TakeReplies();
    };

    /// <summary>A <see cref="ChatTurn"/> over a <see cref="TestAdapter"/> for an <see cref="IBot"/>.</summary>
    public static ChatTurn ForTestAdapter(TestAdapter adapter, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ForTestAdapter(adapter, bot.OnTurnAsync);
    }

    /// <summary>
    /// Addresses a runner-made activity to <paramref name="conversation"/> (from the user, to the bot); a join gets
    /// the user and the bot as members added, as channels send it.
    /// </summary>
    public static Activity Address(Activity activity, ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        var locale = activity.Locale;
        activity.ApplyConversationReference(conversation, isIncoming: true);
        activity.Locale = locale ?? conversation.Locale;
        if (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is null)
        {
            activity.MembersAdded = [.. new[] { conversation.User, conversation.Bot }.OfType<ChannelAccount>()];
        }

        return activity;
    }

    private static Activity UserActivity(ChatStep step, string? locale) => step switch
    {
        UserSays says => new Activity { Type = ActivityTypes.Message, Text = says.Text, Locale = locale },
        UserSubmits submits => new Activity { Type = ActivityTypes.Message, Value = submits.Value.DeepClone(), Locale = locale },
        _ => new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale },
    };

    private static void AssertTurnConsumed(ChatTranscript transcript, Queue<Activity> pending, int userLine)
    {
        if (pending.Count > 0)
        {
            var extra = string.Join("\", \"", pending.Select(a => a.Text));
            throw new ChatTranscriptException($"{transcript.Name}:{userLine}: the bot also said \"{extra}\", which the transcript does not expect (add bot lines, or 'bot: ...').");
        }
    }

    private static ChatTranscriptException Fail(ChatTranscript transcript, ChatStep step, string message) =>
        new($"{transcript.Name}:{step.Line}: {message}");

    private static string Normalize(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}

/// <summary>A transcript's expectation about the bot was not met.</summary>
public sealed class ChatTranscriptException : Exception
{
    public ChatTranscriptException()
    {
    }

    public ChatTranscriptException(string message)
        : base(message)
    {
    }

    public ChatTranscriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
