using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// Resolves the registered <typeparamref name="T"/>s only when first enumerated. The adapter needs the
/// in-process channels and those channels need the adapter; deferring one side breaks the cycle.
/// </summary>
internal sealed class LazyServices<T>(IServiceProvider services) : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => services.GetServices<T>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
