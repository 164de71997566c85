namespace CrampBot.Web.Tests.Teams;

/// <summary>The checkout's Teams files, found from wherever the test binaries run.</summary>
internal static class TeamsRepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string AppPackage => Path.Combine(Root, "appPackage");

    public static string Manifest => Path.Combine(AppPackage, "manifest.json");

    public static string BuildScript => Path.Combine(Root, "scripts", "build-teams-package.sh");

    /// <summary>The official schema, fetched from npm at build time by TeamsManifestSchema.targets.</summary>
    public static string Schema => Path.Combine(AppContext.BaseDirectory, "TeamsSchema", "MicrosoftTeams.schema.json");

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
