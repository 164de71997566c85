using System.Net;
using System.Text;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>Size caps, rate limits and malformed input: answered with the Direct Line error shape, never a crash.</summary>
public sealed class DirectLineLimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_activity_over_the_size_cap_is_refused_with_413()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "2048" });
        var started = await app.StartConversationAsync();

        using var big = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage(new string('x', 3000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineApp.ErrorCodeAsync(big));

        // Without a Content-Length (chunked), the cap holds too.
        using var client = app.Client(started.Token);
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{new string('y', 5000)}}"}""")));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{started.ConversationId}/activities") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        Assert.Single((await app.GetActivitiesAsync(started.Token!, started.ConversationId)).Activities);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"invoke","name":"x"}""")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Malformed_activities_are_a_400(string body)
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using var client = app.Client(started.Token);
        using var response = await client.PostAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineApp.Json(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineApp.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Posting_too_fast_into_one_conversation_is_a_429_with_retry_after()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?> { ["DirectLine:RateLimits:PostsPerConversationPerMinute"] = "2" });
        var started = await app.StartConversationAsync();
        var other = await app.StartConversationAsync();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("hi"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("hi"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("TooManyRequests", await DirectLineApp.ErrorCodeAsync(limited));
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Another conversation is not affected.
        using var elsewhere = await app.PostActivityAsync(other.Token!, other.ConversationId, DirectLineApp.UserMessage("hi"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task One_client_address_is_limited_in_requests_and_in_new_conversations()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string?>
        {
            ["DirectLine:RateLimits:RequestsPerClientPerMinute"] = "5",
            ["DirectLine:RateLimits:NewConversationsPerClientPerMinute"] = "2",
        });
        using var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var token = await client.PostAsync("/api/webchat/token", null, Ct);
            statuses.Add(token.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        statuses.Clear();
        using var secret = app.Client(DirectLineApp.Secret);
        for (var i = 0; i < 6; i++)
        {
            using var response = await secret.GetAsync("/v3/directline/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities", Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5).Append(HttpStatusCode.TooManyRequests), statuses);
    }
}
