using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CrampBot.Web.Tests.State;

/// <summary>
/// A turn the bot has answered is on disk: the real CrampBot host runs as a child process on SQLite, many
/// conversations talk to it at once, it is killed with SIGKILL in the middle, restarted on the same file, and every
/// conversation must carry on from the last turn it got an answer to.
/// </summary>
public sealed class KillMidBurstTests(ITestOutputHelper output) : IDisposable
{
    // Our own intake answers, one per turn; the last turn is never sent so every conversation is still open at the end.
    private static readonly string[] Turns =
    [
        "my legs cramp at night",
        "about four nights a week",
        "roughly a minute each time",
        "the calf",
        "no",
    ];

    private const int Conversations = 24;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crampbot-kill", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never started.
        }
    }

    [Fact]
    public async Task No_answered_turn_is_lost_when_the_process_is_killed_mid_burst()
    {
        var cancel = TestContext.Current.CancellationToken;
        var database = Path.Combine(_folder, "state.db");
        var acknowledged = new int[Conversations];
        var inFlight = new bool[Conversations];
        var run = Guid.NewGuid().ToString("N")[..8];

        using (var first = await ChildHost.StartAsync(database, cancel))
        {
            var answeredSoFar = 0;
            var burst = Enumerable.Range(0, Conversations).Select(i => Task.Run(async () =>
            {
                for (var turn = 0; turn < Turns.Length; turn++)
                {
                    Volatile.Write(ref inFlight[i], true);
                    var replies = await first.TrySayAsync($"kill-{run}-{i}", Turns[turn], CancellationToken.None);
                    if (replies is null)
                    {
                        return; // the process died under this turn: it was never answered
                    }

                    Interlocked.Increment(ref acknowledged[i]);
                    Volatile.Write(ref inFlight[i], false);

                    // Killed by the client that sees the half-way answer, at once, while the others' turns are still
                    // in flight: a watcher polling the count could wake only after the whole burst had finished.
                    if (Interlocked.Increment(ref answeredSoFar) == Conversations * Turns.Length / 2)
                    {
                        first.Kill();
                    }
                }
            })).ToArray();

            // If the kill never comes (turns failing or hanging), the burst is cut off after 30 s and the range check below fails.
            await Task.WhenAny(Task.WhenAll(burst), Task.Delay(TimeSpan.FromSeconds(30), cancel));
            first.Kill();
            await Task.WhenAll(burst);
        }

        var answered = acknowledged.Sum();
        output.WriteLine($"killed after {answered} answered turns; {inFlight.Count(f => f)} conversations had a turn in flight");
        Assert.InRange(answered, Conversations, (Conversations * Turns.Length) - 1);

        using var second = await ChildHost.StartAsync(database, cancel);
        var lost = new List<string>();
        for (var i = 0; i < Conversations; i++)
        {
            var done = acknowledged[i];
            if (done == Turns.Length)
            {
                continue;
            }

            // What a conversation that kept every answered turn says next; a turn in flight at the kill may have
            // been saved too (the bot finished it, the answer never left), so one step further is also right.
            var next = await second.TrySayAsync($"kill-{run}-{i}", Turns[done], cancel);
            var expected = await ReferenceAsync(second, done, $"ref-{run}-{i}-a", cancel);
            // (The last turn too: the reference then answers every turn and sends the last one again.)
            var alsoRight = inFlight[i] ? await ReferenceAsync(second, done + 1, $"ref-{run}-{i}-b", cancel, resend: Turns[done]) : null;
            if (!Same(next, expected) && !Same(next, alsoRight))
            {
                lost.Add($"conversation {i}: {done} turns answered; next reply [{string.Join(" | ", next ?? [])}] expected [{string.Join(" | ", expected ?? [])}]");
            }
        }

        Assert.True(lost.Count == 0, string.Join("\n", lost));
    }

    /// <summary>The replies a fresh conversation gets at turn <paramref name="done"/> + 1 after answering the turns before it.</summary>
    private static async Task<IReadOnlyList<string>?> ReferenceAsync(ChildHost host, int done, string conversation, CancellationToken cancel, string? resend = null)
    {
        for (var turn = 0; turn < done; turn++)
        {
            Assert.NotNull(await host.TrySayAsync(conversation, Turns[turn], cancel));
        }

        return await host.TrySayAsync(conversation, resend ?? Turns[done], cancel);
    }

    private static bool Same(IReadOnlyList<string>? a, IReadOnlyList<string>? b) => a is not null && b is not null && a.SequenceEqual(b);

    /// <summary>The built CrampBot.Web as a child process on a free loopback port, on the given SQLite file.</summary>
    private sealed class ChildHost : IDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _client;

        private ChildHost(Process process, int port)
        {
            _process = process;
            _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        }

        public static async Task<ChildHost> StartAsync(string database, CancellationToken cancel)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrampBot.Web.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
            start.Environment["Storage__Provider"] = "Sqlite";
            start.Environment["Storage__Sqlite__Path"] = database;
            start.Environment["MicrosoftAppId"] = string.Empty;
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var host = new ChildHost(process, port);
            for (var attempt = 0; attempt < 600; attempt++)
            {
                Assert.False(process.HasExited, $"the bot exited at start-up with code {(process.HasExited ? process.ExitCode : 0)}");
                if (await host.TrySayAsync("startup-" + Guid.NewGuid().ToString("N"), "hello", cancel) is { Count: > 0 })
                {
                    return host;
                }

                await Task.Delay(50, cancel);
            }

            host.Dispose();
            throw new TimeoutException("the bot did not answer within 30 s of starting");
        }

        /// <summary>The texts of the bot's replies, or null when the turn got no answer (connection refused or cut).</summary>
        public async Task<IReadOnlyList<string>?> TrySayAsync(string conversation, string text, CancellationToken cancel)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = Guid.NewGuid().ToString("N"),
                ["text"] = text,
                ["locale"] = "en-US",
                ["channelId"] = "directline",
                ["serviceUrl"] = "http://127.0.0.1:9/",
                ["from"] = new JsonObject { ["id"] = "user-" + conversation, ["role"] = "user" },
                ["recipient"] = new JsonObject { ["id"] = "crampbot" },
                ["conversation"] = new JsonObject { ["id"] = conversation },
                ["deliveryMode"] = "expectReplies",
            };
            try
            {
                using var response = await _client.PostAsJsonAsync("api/messages", activity, cancel);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return null;
                }

                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
                return [.. body.RootElement.GetProperty("activities").EnumerateArray()
                    .Where(a => a.GetProperty("type").GetString() == "message")
                    .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty)];
            }
            catch (HttpRequestException)
            {
                return null;
            }
            catch (IOException)
            {
                return null; // the answer was cut off by the kill: never received, so never acknowledged
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
                return null;
            }
        }

        /// <summary>SIGKILL: no shutdown, no flush, no checkpoint.</summary>
        public void Kill()
        {
            if (_process.HasExited)
            {
                return;
            }

            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
            _client.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
