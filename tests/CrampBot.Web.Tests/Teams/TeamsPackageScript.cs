using System.Diagnostics;

namespace CrampBot.Web.Tests.Teams;

/// <summary>What one run of scripts/build-teams-package.sh did.</summary>
internal sealed record ScriptRun(int ExitCode, string Output, string Error);

/// <summary>Runs the package build script as an operator would, with only the environment the test gives it.</summary>
internal static class TeamsPackageScript
{
    public static async Task<ScriptRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TeamsRepoPaths.BuildScript);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever the machine has set must not leak into the run.
        foreach (var name in new[] { "MicrosoftAppId", "MICROSOFT_APP_ID", "BOT_DOMAIN", "TEAMS_PRIVACY_URL", "TEAMS_TERMS_URL", "TEAMS_APP_VERSION", "TEAMS_PACKAGE_OUT" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ScriptRun(process.ExitCode, await output, await error);
    }
}
