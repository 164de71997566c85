using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.State;

/// <summary>
/// Several states saved together. States on the same storage are written in one atomic write, so a turn that
/// changed both conversation and user state never saves one and loses the other to a conflict (which would
/// make a re-run apply the saved half twice).
/// </summary>
public sealed class BotStateSet
{
    public BotStateSet(params BotState[] states)
    {
        States = states ?? throw new ArgumentNullException(nameof(states));
    }

    public IReadOnlyList<BotState> States { get; }

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var pending = States.Select(s => (s.Storage, Save: s.PrepareSave(turnContext, force))).Where(p => p.Save is not null).ToList();
        foreach (var group in pending.GroupBy(p => p.Storage))
        {
            var changes = group.ToDictionary(p => p.Save!.Key, p => p.Save!.Item, StringComparer.Ordinal);
            await group.Key.WriteAsync(changes, cancellationToken);
            foreach (var (_, save) in group)
            {
                save!.Commit();
            }
        }
    }

    public void ForgetAll(ITurnContext turnContext)
    {
        foreach (var state in States)
        {
            state.Forget(turnContext);
        }
    }
}
