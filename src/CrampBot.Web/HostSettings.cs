using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace CrampBot.Web;

/// <summary>Where the host's settings come from, and its default address.</summary>
public static class HostSettings
{
    /// <summary>The Bot Framework's customary port (the Emulator and samples expect it).</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Loads <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> from the app's base directory, where
    /// the build copies the repository's one settings file; <c>dotnet run</c> sets the content root to the project
    /// folder, where the default loader would not find it. The files go in before the environment variables and
    /// the command line, so those still override them. Without any configured address the app listens on 3978.
    /// </summary>
    public static WebApplicationBuilder AddCrampBotHostSettings(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        var index = IndexOfFirstOverride(sources);
        var environment = builder.Environment.EnvironmentName;
        sources.Insert(index, JsonFile("appsettings.json"));
        sources.Insert(index + 1, JsonFile($"appsettings.{environment}.json"));

        if (!HasConfiguredAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    private static int IndexOfFirstOverride(IList<IConfigurationSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: not "ASPNETCORE_" and not "DOTNET_" })
            {
                return i;
            }
        }

        return sources.Count;
    }

    private static JsonConfigurationSource JsonFile(string name)
    {
        var source = new JsonConfigurationSource { Path = name, Optional = true, ReloadOnChange = false };
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory);
        return source;
    }

    // ASP.NET Core's own ways of choosing the address: --urls, ASPNETCORE_URLS, *_HTTP(S)_PORTS, Kestrel:Endpoints.
    private static bool HasConfiguredAddress(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["urls"])
        || !string.IsNullOrEmpty(configuration["http_ports"])
        || !string.IsNullOrEmpty(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
