using CrampBot.BotFramework.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// Readiness: the bot can serve a turn only while its store answers. Reads one key that never exists, which every
/// provider serves with a round trip to its database, bounded so a hung database fails the probe rather than it.
/// </summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>The tag of checks that decide readiness (<c>/healthz/ready</c>); liveness runs none.</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Budget);
        try
        {
            await storage.ReadAsync(["healthz/probe"], timeout.Token);
            return HealthCheckResult.Healthy("The store answers.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
