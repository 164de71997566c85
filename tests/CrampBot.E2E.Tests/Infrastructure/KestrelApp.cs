using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.E2E.Tests.Infrastructure;

/// <summary>
/// The real host (Program) on a real loopback port (Kestrel on 127.0.0.1, a free port), so a real browser can load the page.
/// Pass a <paramref name="bot"/> to replace the real CrampBot with a test bot; leave it null for content tests
/// that talk to the real conversation. State is in memory unless <paramref name="storage"/> says otherwise.
/// </summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    public const string Secret = "e2e-directline-secret-0123456789abcdef";

    private readonly IBot? _bot;
    private readonly IStorage? _storage;
    private readonly int _port;
    private readonly Dictionary<string, string?> _settings;

    /// <param name="port">0 for a free port; a fixed one to bring an app back where the browser knows it (restart tests).</param>
    /// <param name="sqlitePath">Use the SQLite provider with this file (what a restart keeps) instead of memory.</param>
    public KestrelApp(IBot? bot = null, IStorage? storage = null, IDictionary<string, string?>? settings = null, int port = 0, string? sqlitePath = null)
    {
        _bot = bot;
        _port = port;
        _storage = sqlitePath is null ? storage ?? new MemoryStorage() : null;
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["DirectLine:Secret"] = Secret,
            ["Storage:Provider"] = "Memory",
        };
        if (sqlitePath is not null)
        {
            _settings["Storage:Provider"] = "Sqlite";
            _settings["Storage:Sqlite:Path"] = sqlitePath;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        // Kestrel on 127.0.0.1 with a port the OS picks. The address goes in as the "urls" setting rather than as
        // UseKestrel(0)'s port: the host's own Program starts the server, and WebApplicationFactory rewriting the
        // addresses afterwards races with it ("Addresses cannot be modified after the server has started", or the
        // host's default localhost:3978 winning). With an address configured, the host adds no default of its own.
        UseKestrel();
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("urls", $"http://127.0.0.1:{_port}");

        builder.ConfigureTestServices(services =>
        {
            if (_storage is not null)
            {
                services.AddSingleton(_storage);
            }

            if (_bot is not null)
            {
                services.AddSingleton(_bot);
            }
        });
    }
}
