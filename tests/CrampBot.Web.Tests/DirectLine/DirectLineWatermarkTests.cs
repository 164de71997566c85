using System.Net;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>Paging through a conversation with the watermark, and what happens with one the server never issued.</summary>
public sealed class DirectLineWatermarkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_follow_the_watermark_and_an_empty_one_means_from_the_beginning()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerGet"] = "3" });
        var started = await app.StartConversationAsync();
        for (var i = 1; i <= 3; i++)
        {
            using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage($"m{i}"));
            posted.EnsureSuccessStatusCode();
        }

        // 1 welcome + 3 × (echo + reply) = 7 activities, read 3 at a time.
        var texts = new List<string?>();
        var watermark = string.Empty;
        var watermarks = new List<string>();
        for (var page = 0; page < 5; page++)
        {
            var set = await app.GetActivitiesAsync(started.Token!, started.ConversationId, watermark);
            Assert.True(set.Activities.Count <= 3);
            texts.AddRange(set.Activities.Select(a => a.Text));
            watermark = set.Watermark;
            watermarks.Add(watermark);
        }

        Assert.Equal(["3", "6", "7", "7", "7"], watermarks);
        Assert.Equal(7, texts.Count);
        Assert.Equal(["m1", "echo: m1", "m2", "echo: m2", "m3", "echo: m3"], texts.Skip(1));
        Assert.Equal("3", (await app.GetActivitiesAsync(started.Token!, started.ConversationId, "0")).Watermark);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    [InlineData("2")] // ahead of the conversation, which holds only the welcome
    public async Task A_bad_watermark_is_a_400_with_the_error_shape(string watermark)
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using var client = app.Client(started.Token);
        using var response = await client.GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities?watermark={Uri.EscapeDataString(watermark)}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineApp.ErrorCodeAsync(response));
    }
}
