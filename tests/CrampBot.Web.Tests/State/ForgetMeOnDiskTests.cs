using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CrampBot.Web.Tests.State;

/// <summary>
/// "Delete my data" through Direct Line with the real bot on the default SQLite store: afterwards the database
/// file, its WAL and its free pages hold no byte of what the user said (the transcript pages and the conversation
/// state that held it are gone, and so are their older versions).
/// </summary>
public sealed class ForgetMeOnDiskTests : IDisposable
{
    private const string Secret = "forget-me-on-disk-secret-0123456789abcdef";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crampbot-forget", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created.
        }
    }

    [Theory]
    [InlineData("en-US", "my left calf cramps every night since I started {0} training", "delete my data", "yes")]
    [InlineData("zh-CN", "我左边小腿每天晚上抽筋，练{0}以后更厉害", "删除我的数据", "是")]
    public async Task After_delete_my_data_the_users_words_are_nowhere_in_the_sqlite_files(string locale, string template, string delete, string yes)
    {
        var cancel = TestContext.Current.CancellationToken;
        var database = Path.Combine(_folder, locale, "state.db");
        var marker = "zq" + Guid.NewGuid().ToString("N")[..10];
        var words = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, marker);
        await using var app = new CrampBotApplication(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = database,
            ["DirectLine:Secret"] = Secret,
        });
        using var client = app.CreateClient();
        var (token, conversation) = await StartAsync(client, locale, cancel);

        await SayAsync(client, token, conversation, words, locale, cancel);
        await SayAsync(client, token, conversation, "about two minutes each time", locale, cancel);
        Assert.True(CountOnDisk(database, marker) > 0, "before the delete the user's words are on disk (the test must be able to fail)");

        await SayAsync(client, token, conversation, delete, locale, cancel);
        var after = await SayAsync(client, token, conversation, yes, locale, cancel);

        Assert.Contains(after, text => text.Contains("deleted", StringComparison.OrdinalIgnoreCase) || text.Contains("删除", StringComparison.Ordinal));
        Assert.Equal(0, CountOnDisk(database, marker));
    }

    private static async Task<(string Token, string Conversation)> StartAsync(HttpClient client, string locale, CancellationToken cancel)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var generated = await client.SendAsync(generate, cancel);
        generated.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await generated.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("token").GetString()!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { locale }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start, cancel);
        started.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await started.Content.ReadAsStringAsync(cancel)).RootElement;
        return (body.GetProperty("token").GetString()!, body.GetProperty("conversationId").GetString()!);
    }

    /// <summary>Posts a message and returns the texts the bot answered it with (read from the transcript).</summary>
    private static async Task<IReadOnlyList<string>> SayAsync(HttpClient client, string token, string conversation, string text, string locale, CancellationToken cancel)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text, locale, from = new { id = "ignored" } }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await client.SendAsync(post, cancel);
        posted.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("id").GetString()!;

        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var got = await client.SendAsync(get, cancel);
            got.EnsureSuccessStatusCode();
            var activities = JsonDocument.Parse(await got.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("activities").EnumerateArray().ToList();
            var mine = activities.FindIndex(a => a.GetProperty("id").GetString() == id);
            var replies = activities.Skip(mine + 1)
                .Where(a => a.GetProperty("type").GetString() == "message" && a.TryGetProperty("replyToId", out var r) && r.GetString() == id)
                .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty)
                .ToList();
            if (replies.Count > 0)
            {
                return replies;
            }

            await Task.Delay(25, cancel);
        }

        throw new TimeoutException($"no reply to '{text}'");
    }

    /// <summary>Occurrences of the marker (as UTF-8 and as a JSON \u escape would spell it) in the database and its companions.</summary>
    private static int CountOnDisk(string database, string marker)
    {
        var needles = new[] { marker, JsonEncodedText.Encode(marker).ToString() }.Distinct().Select(Encoding.UTF8.GetBytes).ToList();
        var found = 0;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            foreach (var needle in needles)
            {
                for (var rest = bytes.AsSpan(); rest.IndexOf(needle) is var at and >= 0; rest = rest[(at + 1)..])
                {
                    found++;
                }
            }
        }

        return found;
    }
}
