namespace CrampBot.Core.Tests;

/// <summary>
/// Finds the checkout and the shared folder beside it, wherever the test binaries run from.
/// Shared data (such as the recognizer cases) is read from there, never copied into the project.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The dialogs/ folder: messages, rules and transcripts.</summary>
    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>../shared beside the checkout, or null when it is absent (a checkout on its own).</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrampBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrampBot.sln not found above " + AppContext.BaseDirectory);
    }
}
