using System.Net;
using System.Text;
using CrampBot.BotFramework.DirectLine;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>The token rules: who may mint, refresh and use a token, and for which conversation.</summary>
public sealed class DirectLineTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_needs_the_secret()
    {
        await using var app = new DirectLineApp();

        using var anonymous = app.Client();
        using var noAuth = await anonymous.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, noAuth.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineApp.ErrorCodeAsync(noAuth));

        using var wrong = app.Client("not-the-secret");
        using var wrongSecret = await wrong.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);

        using var secret = app.Client(DirectLineApp.Secret);
        using var ok = await secret.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await DirectLineApp.ReadAsync(ok, DirectLineJsonContext.Default.DirectLineConversationResponse);
        Assert.Equal(1800, body.ExpiresIn);
        Assert.False(string.IsNullOrEmpty(body.ConversationId));
        Assert.DoesNotContain(DirectLineApp.Secret, body.Token, StringComparison.Ordinal);

        // A token cannot mint more tokens.
        using var withToken = app.Client(body.Token);
        using var tokenGenerates = await withToken.PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, tokenGenerates.StatusCode);
    }

    [Fact]
    public async Task Generate_honours_a_user_id_from_the_secret_holder_and_puts_it_in_the_token()
    {
        await using var app = new DirectLineApp();
        using var secret = app.Client(DirectLineApp.Secret);
        using var response = await secret.PostAsync("/v3/directline/tokens/generate", DirectLineApp.Json("""{"user":{"id":"dl_known-user"}}"""), Ct);
        var body = await DirectLineApp.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversationResponse);

        // Web Chat decodes the token's "user" claim to fix the user id, so it must be a readable JWT payload.
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(body.Token!.Split('.')[1]));
        Assert.Contains("\"user\":\"dl_known-user\"", payload, StringComparison.Ordinal);

        using var bad = await secret.PostAsync("/v3/directline/tokens/generate", DirectLineApp.Json("""{"user":{"id":"has spaces/and slashes"}}"""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_until_the_token_expires()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();

        using var client = app.Client(started.Token);
        using var refreshed = await client.PostAsync("/v3/directline/tokens/refresh", null, Ct);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await DirectLineApp.ReadAsync(refreshed, DirectLineJsonContext.Default.DirectLineConversationResponse);
        Assert.Equal(started.ConversationId, body.ConversationId);
        Assert.NotEqual(started.Token, body.Token);
        Assert.Equal(1800, body.ExpiresIn);

        // The new token works on the conversation.
        Assert.Single((await app.GetActivitiesAsync(body.Token!, started.ConversationId)).Activities);

        // 31 minutes later the original token is dead: it can neither be used nor refreshed.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        using var late = await client.PostAsync("/v3/directline/tokens/refresh", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApp.ErrorCodeAsync(late));
        using var lateRead = await client.GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, lateRead.StatusCode);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_touch_another()
    {
        await using var app = new DirectLineApp();
        var mine = await app.StartConversationAsync();
        var theirs = await app.StartConversationAsync();

        using var client = app.Client(mine.Token);
        using var read = await client.GetAsync($"/v3/directline/conversations/{theirs.ConversationId}/activities", Ct);
        using var reconnect = await client.GetAsync($"/v3/directline/conversations/{theirs.ConversationId}", Ct);
        using var post = await app.PostActivityAsync(mine.Token!, theirs.ConversationId, DirectLineApp.UserMessage("hello"));
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("Forbidden", await DirectLineApp.ErrorCodeAsync(post));

        // Nothing reached their transcript.
        Assert.Single((await app.GetActivitiesAsync(theirs.Token!, theirs.ConversationId)).Activities);
    }

    [Fact]
    public async Task Tampered_or_foreign_tokens_are_refused()
    {
        await using var app = new DirectLineApp();
        var mine = await app.StartConversationAsync();
        var theirs = await app.StartConversationAsync();
        var parts = mine.Token!.Split('.');

        // The payload rewritten to name another conversation, signature kept.
        var forgedPayload = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])).Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal)));
        var forged = $"{parts[0]}.{forgedPayload}.{parts[2]}";
        // One signature character changed.
        var badSignature = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        // "alg":"none", the classic.
        var none = System.Buffers.Text.Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8) + "." + parts[1] + ".";

        // A token signed with another deployment's secret.
        await using var other = new DirectLineApp(new Dictionary<string, string?> { ["DirectLine:Secret"] = "another-secret-entirely" });
        using var otherSecret = other.Client("another-secret-entirely");
        using var otherToken = await otherSecret.PostAsync("/v3/directline/tokens/generate", null, Ct);
        var foreign = (await DirectLineApp.ReadAsync(otherToken, DirectLineJsonContext.Default.DirectLineConversationResponse)).Token!;

        foreach (var (token, conversation) in new[] { (forged, theirs.ConversationId), (badSignature, mine.ConversationId), (none, mine.ConversationId), (foreign, mine.ConversationId), ("garbage", mine.ConversationId) })
        {
            using var client = app.Client(token);
            using var response = await client.GetAsync($"/v3/directline/conversations/{conversation}/activities", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
