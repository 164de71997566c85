using CrampBot.Web;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

public class HostSettingsTests
{
    [Fact]
    public async Task The_root_settings_file_is_loaded_from_the_base_directory()
    {
        await using var app = new CrampBotApplication();
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("262144", configuration["BotFramework:MaxRequestBodyBytes"]);
        Assert.Equal("https://api.botframework.com", configuration["BotFramework:Authentication:ChannelIssuer"]);
    }

    [Theory]
    [InlineData("System.Net.Http.HttpClient.BotFramework.Connector.LogicalHandler")]
    [InlineData("System.Net.Http.HttpClient.BotFramework.Connector.ClientHandler")]
    [InlineData("Polly")]
    public async Task Each_post_to_the_connector_is_not_logged_at_information(string category)
    {
        // The client factory's handlers and Polly would write five lines per reply sent (start, headers, end, attempt):
        // a log the operator cannot read under load, and about a fifth of the bot's CPU in sink mode.
        await using var app = new CrampBotApplication();
        var rules = app.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;

        var rule = rules.Where(r => r.ProviderName is null && r.CategoryName is { } name && category.StartsWith(name, StringComparison.Ordinal))
            .MaxBy(r => r.CategoryName!.Length);

        Assert.NotNull(rule);
        Assert.Equal(LogLevel.Warning, rule.LogLevel);
    }

    [Fact]
    public void Environment_variables_and_the_command_line_come_after_the_settings_files()
    {
        var builder = WebApplication.CreateBuilder([]);

        builder.AddCrampBotHostSettings();

        var sources = builder.Configuration.Sources.ToList();
        var settingsFile = sources.FindIndex(s => s is JsonConfigurationSource { Path: "appsettings.json" } json
            && json.FileProvider is Microsoft.Extensions.FileProviders.PhysicalFileProvider p && p.Root.TrimEnd('/') == AppContext.BaseDirectory.TrimEnd('/'));
        var environment = sources.FindIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        Assert.InRange(settingsFile, 0, environment - 1);
    }

    [Fact]
    public void Without_a_configured_address_the_bot_listens_on_3978()
    {
        if (new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS" }.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))))
        {
            Assert.Skip("This machine configures an address through the environment.");
        }

        var builder = WebApplication.CreateBuilder([]);

        builder.AddCrampBotHostSettings();

        Assert.Equal(HostSettings.DefaultUrl, builder.Configuration["urls"]);
    }

    [Fact]
    public void The_urls_argument_still_wins()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:5099"]);

        builder.AddCrampBotHostSettings();

        Assert.Equal("http://127.0.0.1:5099", builder.Configuration["urls"]);
    }
}
