using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using Xunit;

namespace CrampBot.Web.Tests.Teams;

/// <summary>
/// The Teams app package: built by the script from appPackage/, validated offline against the official manifest
/// schema (fetched from the npm package @microsoft/app-manifest at build time), with icons Teams accepts.
/// </summary>
public sealed class TeamsManifestTests : IDisposable
{
    private const string AppId = "0b6c2f1e-7d4a-4c1b-9a8e-3f5d2c1b0a99";
    private const string Domain = "crampbot.example.com";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadSchemaAsync);

    private readonly string _work = Directory.CreateTempSubdirectory("crampbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_built_package_holds_a_manifest_valid_against_the_official_schema_and_both_icons_at_its_root()
    {
        var zip = await BuildAsync();

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifestText = await ReadEntryAsync(archive, "manifest.json");

        var errors = (await Schema.Value).Validate(manifestText);
        Assert.True(errors.Count == 0, "Schema errors: " + string.Join("; ", errors.Select(e => $"{e.Kind} at {e.Path}")));

        var manifest = JsonNode.Parse(manifestText)!;
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(TeamsRepoPaths.Schema, TestContext.Current.CancellationToken))!;
        Assert.Equal(schema["properties"]!["manifestVersion"]!["const"]!.GetValue<string>(), manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{manifest["manifestVersion"]}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "groupChat", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.DoesNotContain("{{", manifestText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "not-a-guid", "#/id")]
    [InlineData("scope", "everyone", "#/bots[0].scopes[0]")]
    [InlineData("developer", null, "#/developer")]
    [InlineData("accentColor", "blue", "#/accentColor")]
    public async Task A_broken_manifest_fails_the_schema(string what, string? value, string expectedPath)
    {
        var manifest = JsonNode.Parse(await ReadEntryAsync(ZipFile.OpenRead(await BuildAsync()), "manifest.json"))!.AsObject();
        switch (what)
        {
            case "scope":
                manifest["bots"]![0]!["scopes"]![0] = value;
                break;
            case "developer":
                manifest.Remove("developer");
                break;
            default:
                manifest[what] = value;
                break;
        }

        var errors = Flatten((await Schema.Value).Validate(manifest.ToJsonString())).ToList();

        Assert.Contains(errors, e => e.Path == expectedPath);
    }

    [Fact]
    public async Task The_icons_are_the_sizes_Teams_requires_and_the_outline_is_white_on_transparent()
    {
        var color = PngImage.Read(await File.ReadAllBytesAsync(Path.Combine(TeamsRepoPaths.AppPackage, "color.png"), TestContext.Current.CancellationToken));
        var outline = PngImage.Read(await File.ReadAllBytesAsync(Path.Combine(TeamsRepoPaths.AppPackage, "outline.png"), TestContext.Current.CancellationToken));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.All(Pixels(color), p => Assert.Equal(255, p.A));

        var pixels = Pixels(outline).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Theory]
    [InlineData("", "the bot's app id is missing")]
    [InlineData("12345", "is not a GUID")]
    [InlineData("0b6c2f1e-7d4a-4c1b-9a8e-3f5d2c1b0a9", "is not a GUID")]
    public async Task The_script_refuses_a_missing_or_malformed_app_id(string appId, string message)
    {
        var output = Path.Combine(_work, "refused.zip");

        var run = await TeamsPackageScript.RunAsync(new Dictionary<string, string> { ["MicrosoftAppId"] = appId, ["BOT_DOMAIN"] = Domain }, "--out", output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_script_refuses_a_domain_with_a_scheme()
    {
        var run = await TeamsPackageScript.RunAsync(new Dictionary<string, string>(), "--app-id", AppId, "--domain", "https://" + Domain, "--out", Path.Combine(_work, "x.zip"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("without the scheme", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> BuildAsync()
    {
        var output = Path.Combine(_work, $"package-{Guid.NewGuid():N}.zip");
        var run = await TeamsPackageScript.RunAsync(new Dictionary<string, string> { ["MicrosoftAppId"] = AppId, ["BOT_DOMAIN"] = Domain }, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return output;
    }

    private static async Task<string> ReadEntryAsync(ZipArchive archive, string name)
    {
        using (archive)
        {
            using var reader = new StreamReader(archive.GetEntry(name)!.Open());
            return await reader.ReadToEndAsync();
        }
    }

    /// <summary>Errors inside array items and sub-schemas come nested; the leaves say what is wrong where.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? Flatten(child.Errors.Values.SelectMany(v => v)).Prepend(e)
            : [e]);

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        from y in Enumerable.Range(0, image.Height) from x in Enumerable.Range(0, image.Width) select image.Pixel(x, y);

    private static async Task<JsonSchema> LoadSchemaAsync()
    {
        // The schema writes the regex escapes \a and \v, which .NET's JSON reader and regex engine do not take as
        // the package's own validator does; the same characters as \u escapes mean exactly the same.
        var text = (await File.ReadAllTextAsync(TeamsRepoPaths.Schema))
            .Replace("\\\\a", "\\\\u0007", StringComparison.Ordinal)
            .Replace("\\\\v", "\\\\u000b", StringComparison.Ordinal);
        return await JsonSchema.FromJsonAsync(text);
    }
}
