using CrampBot.Bot;
using CrampBot.Web.Tests.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CrampBot.Web.Tests.Hardening;

/// <summary>
/// Content in dialogs/ is checked while the host starts (loaded side by side with the intent classifier's training):
/// a broken file stops start-up with the file named, whichever of the two loads is still running when it fails.
/// </summary>
public sealed class BrokenContentTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "crampbot-broken-dialogs-" + Guid.NewGuid().ToString("N"));

    public BrokenContentTests() => Copy(Path.Combine(TeamsRepoPaths.Root, "dialogs"), _dialogs);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("messages.en.yaml")]
    [InlineData("messages.zh-Hans.yaml")]
    [InlineData("triage-rules.yaml")]
    public async Task A_broken_content_file_stops_the_host_with_its_name(string file)
    {
        await File.AppendAllTextAsync(Path.Combine(_dialogs, file), "\n  - [unclosed: {\n", Ct);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StartHostAsync());

        Assert.Contains(file, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intact_copy_of_the_content_starts()
    {
        await using var app = await StartHostAsync();

        Assert.NotNull(app.Services);
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    private async Task<WebApplication> StartHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Content:DialogsFolder"] = _dialogs });
        builder.Services.AddCrampBot(builder.Configuration);
        var app = builder.Build();
        try
        {
            await app.StartAsync(Ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
