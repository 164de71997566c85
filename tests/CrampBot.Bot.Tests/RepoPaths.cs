namespace CrampBot.Bot.Tests;

/// <summary>Finds the checkout (where CrampBot.sln is) wherever the test binaries run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Transcripts => Path.Combine(Root, "dialogs", "transcripts");

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
