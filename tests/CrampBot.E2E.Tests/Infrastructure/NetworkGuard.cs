using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CrampBot.E2E.Tests.Infrastructure;

/// <summary>
/// Sees every request and WebSocket the page opens. Anything not aimed at 127.0.0.1 (or a same-page blob:/data:
/// URL) is aborted before it leaves and recorded, and the test fails on it: the page must work with nothing
/// from outside the machine.
/// </summary>
public sealed class NetworkGuard
{
    private readonly ConcurrentQueue<string> _all = new();
    private readonly ConcurrentQueue<string> _outside = new();

    /// <summary>Every URL requested, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _all];

    /// <summary>Every URL that tried to leave the machine.</summary>
    public IReadOnlyList<string> Outside => [.. _outside];

    public async Task AttachAsync(IBrowserContext context)
    {
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (IsLocal(url))
            {
                await route.ContinueAsync();
            }
            else
            {
                _outside.Enqueue(url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        context.Request += (_, request) =>
        {
            _all.Enqueue(request.Url);
            if (!IsLocal(request.Url))
            {
                _outside.Enqueue(request.Url);
            }
        };
        context.Page += (_, page) => page.WebSocket += (_, socket) =>
        {
            _all.Enqueue(socket.Url);
            if (!IsLocal(socket.Url))
            {
                _outside.Enqueue(socket.Url);
            }
        };
    }

    public static bool IsLocal(string url)
    {
        if (url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
        {
            return url.StartsWith("data:", StringComparison.Ordinal) || IsLocal(url["blob:".Length..]);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host == "127.0.0.1";
    }
}
