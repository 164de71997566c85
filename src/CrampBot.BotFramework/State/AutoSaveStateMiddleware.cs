using System.Runtime.CompilerServices;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Loads nothing eagerly (accessors load on first use), runs the turn, then saves every changed
/// <see cref="BotState"/>. It also makes concurrent turns of one conversation safe:
/// <list type="number">
/// <item>Within this process, turns of the same conversation run one at a time (a per-conversation async lock),
/// so a double-click never races itself and costs no retry.</item>
/// <item>Across processes (several instances on one database) the ETag taken at load guards the save. A
/// conflict means another instance finished a turn meanwhile: the turn is re-run from fresh state. Replies are
/// held back until the save succeeds and the losing run's replies are dropped, so the user sees each reply
/// once. A PostgreSQL advisory lock would also serialize instances, but only for that one provider; the ETag
/// retry works the same for every <see cref="IStorage"/>. The price: the bot's logic (not its replies) may run
/// more than once for a turn, so side effects beyond state and replies must be idempotent.</item>
/// </list>
/// A <c>deleteUserData</c> activity erases the user's data (user state and their one-to-one conversations) before
/// the bot sees it, and nothing is saved for that turn.
/// </summary>
public sealed partial class AutoSaveStateMiddleware : IMiddleware
{
    private readonly BotStateSet _states;
    private readonly KeyedAsyncLock _locks = new();

    public AutoSaveStateMiddleware(params BotState[] states)
    {
        _states = new BotStateSet(states);
    }

    /// <summary>How many times a turn runs before an ETag conflict is given up on and surfaces as an error.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>Where re-runs after a conflict are reported (they mean several instances raced on one conversation).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    internal int ActiveLocks => _locks.Count;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // Registered twice (in DI and by hand), the inner copy must not wait for the lock the outer one holds.
        var activeKey = $"{nameof(AutoSaveStateMiddleware)}.{RuntimeHelpers.GetHashCode(this)}";
        if (turnContext.TurnState.ContainsKey(activeKey))
        {
            await next(cancellationToken);
            return;
        }

        turnContext.TurnState[activeKey] = this;
        var activity = turnContext.Activity;
        var conversation = activity.Conversation?.Id is { Length: > 0 } id ? $"{activity.ChannelId}/conversations/{id}" : null;
        using var held = conversation is null ? null : await _locks.AcquireAsync(conversation, cancellationToken);

        var replies = new ReplyBuffer(turnContext);
        if (activity.IsType(ActivityTypes.DeleteUserData))
        {
            await EraseUserDataAsync(turnContext, next, replies, cancellationToken);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                await _states.SaveAllChangesAsync(turnContext, force: false, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                LogRerun(Logger, conversation, attempt);
                replies.Discard();
                _states.ForgetAll(turnContext);

                // A little jittered back-off, so two instances racing on one conversation stop colliding.
                await Task.Delay(Random.Shared.Next(1, 5 + (10 * Math.Min(attempt, 10))), cancellationToken);
                continue;
            }
            catch
            {
                replies.PassThrough();
                throw;
            }

            await replies.FlushAsync();
            return;
        }
    }

    private async Task EraseUserDataAsync(ITurnContext turnContext, NextDelegate next, ReplyBuffer replies, CancellationToken cancellationToken)
    {
        foreach (var state in _states.States)
        {
            if (state is UserState user)
            {
                await user.DeleteUserDataAsync(turnContext, cancellationToken);
            }
            else if (state is ConversationState && turnContext.Activity.Conversation?.IsGroup != true)
            {
                // A group chat's dialog belongs to all its members, so one member's erasure leaves it alone.
                await state.DeleteAsync(turnContext, cancellationToken);
            }
        }

        await replies.FlushAsync();
        await next(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "State of {Conversation} changed elsewhere during the turn; re-running it (attempt {Attempt} lost)")]
    private static partial void LogRerun(ILogger logger, string? conversation, int attempt);
}
