namespace CrampBot.BotFramework.Tests.Testing;

/// <summary>Finds files of this repository from the test's output folder (the solution file marks the root).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CrampBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CrampBot.sln not found above " + AppContext.BaseDirectory);
    }
}
