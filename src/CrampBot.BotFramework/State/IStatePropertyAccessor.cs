using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.State;

/// <summary>One named, typed property of a <see cref="BotState"/>. Changes persist when the state is saved.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value, or default when it was never set.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>The value; when missing, <paramref name="defaultValueFactory"/>'s value is stored and returned.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        return cached.TryGet<T>(Name, state.JsonOptions, out var value) ? value : default;
    }

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        if (cached.TryGet<T>(Name, state.JsonOptions, out var value) && value is not null)
        {
            return value;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        (await state.GetCachedAsync(turnContext, cancellationToken)).Set(Name, value);

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await state.GetCachedAsync(turnContext, cancellationToken)).Remove(Name);
}
