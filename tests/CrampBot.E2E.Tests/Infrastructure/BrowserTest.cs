using System.Collections.Concurrent;
using CrampBot.BotFramework.Builder;
using Microsoft.Playwright;
using Xunit;

namespace CrampBot.E2E.Tests.Infrastructure;

/// <summary>
/// Base class of every browser test: the app on a loopback port (with <see cref="CreateBot"/> as its bot, or the
/// real CrampBot when that returns null), a fresh browser context guarded by a <see cref="NetworkGuard"/>, and a
/// <see cref="WebChatPage"/>. After each test it fails on any request that left 127.0.0.1, any
/// Content-Security-Policy violation, and any script error; it always saves a final screenshot named after the test.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private readonly BrowserFixture _browser;
    private readonly ConcurrentQueue<string> _problems = new();
    private IBrowserContext? _context;

    protected BrowserTest(BrowserFixture browser)
    {
        _browser = browser;
    }

    protected KestrelApp App { get; private set; } = null!;

    protected NetworkGuard Network { get; } = new();

    protected WebChatPage Chat { get; private set; } = null!;

    /// <summary>Console errors, page errors and CSP violations seen so far.</summary>
    protected IReadOnlyList<string> Problems => [.. _problems];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The bot behind the page; null means the real CrampBot (content tests).</summary>
    protected abstract IBot? CreateBot();

    /// <summary>The app under test; override to change its storage or settings. <paramref name="port"/> is 0 at first.</summary>
    protected virtual KestrelApp CreateApp(int port) => new(CreateBot(), port: port);

    /// <summary>
    /// Stops the app and starts a new one on the same port (the browser's session storage is per origin, port
    /// included), as a bot restart would. Whatever <see cref="CreateApp"/> keeps on disk survives it.
    /// </summary>
    protected async Task RestartAppAsync()
    {
        var port = App.BaseAddress.Port;
        await App.DisposeAsync();
        App = CreateApp(port);
        _ = App.BaseAddress;
    }

    public virtual async ValueTask InitializeAsync()
    {
        App = CreateApp(0);
        _ = App.BaseAddress; // start Kestrel before the browser asks
        _context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 900, Height = 900 },
            Locale = "en-US",
        });
        await Network.AttachAsync(_context);
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Enqueue("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Enqueue("page error: " + error);
        Chat = new WebChatPage(page);
    }

    /// <summary>Opens the page (optionally with a query such as <c>?transport=polling</c>) and waits until Web Chat is online.</summary>
    protected async Task OpenAsync(string query = "")
    {
        await Chat.Page.GotoAsync(new Uri(App.BaseAddress, "/" + query).ToString());
        await Chat.WaitUntilReadyAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        try
        {
            if (_context is not null)
            {
                var name = TestContext.Current.Test?.TestDisplayName is { } display ? Sanitize(display) : "unnamed";
                await Chat.ScreenshotAsync(name + ".final");
            }
        }
        finally
        {
            if (_context is not null)
            {
                await _context.CloseAsync();
            }

            await App.DisposeAsync();
        }

        GC.SuppressFinalize(this);
        Assert.True(Network.Outside.Count == 0, "Requests left the machine: " + string.Join(", ", Network.Outside));
        Assert.True(_problems.IsEmpty, "The page reported problems: " + string.Join(" | ", _problems));
    }

    private static string Sanitize(string name)
    {
        var last = name.Split('.').Last();
        return string.Concat(last.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
    }
}
