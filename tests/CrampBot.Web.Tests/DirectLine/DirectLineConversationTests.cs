using System.Net;
using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>Starting, resuming and talking in a conversation: the routes Web Chat uses, and what it needs back.</summary>
public sealed class DirectLineConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_with_a_token_creates_the_conversation_once_and_the_bot_welcomes_once()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync(locale: "zh-Hans");
        Assert.StartsWith("ws://", started.StreamUrl, StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{started.ConversationId}/stream?t=", started.StreamUrl, StringComparison.Ordinal);
        Assert.True(started.ExpiresIn is > 1700 and <= 1800);

        // Starting again with the same token resumes: 200, same conversation, no second welcome.
        using var client = app.Client(started.Token);
        using var again = await client.PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(started.ConversationId, (await DirectLineApp.ReadAsync(again, DirectLineJsonContext.Default.DirectLineConversationResponse)).ConversationId);

        var set = await app.GetActivitiesAsync(started.Token!, started.ConversationId);
        var welcome = Assert.Single(set.Activities); // the conversationUpdate itself is never shown to clients
        Assert.Equal($"{DirectLineTestBot.Welcome} (zh-Hans)", welcome.Text);
        Assert.Equal(RoleTypes.Bot, welcome.From?.Role);
        Assert.Equal(1, ((DirectLineTestBot)app.Bot).Welcomes);
    }

    [Fact]
    public async Task The_secret_starts_a_new_conversation_with_its_own_token()
    {
        await using var app = new DirectLineApp();
        using var client = app.Client(DirectLineApp.Secret);
        using var response = await client.PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DirectLineApp.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversationResponse);
        Assert.NotNull(body.Token);
        Assert.Single((await app.GetActivitiesAsync(body.Token!, body.ConversationId)).Activities);
    }

    [Fact]
    public async Task The_users_own_activity_is_echoed_with_a_server_id_timestamp_and_its_clientActivityID()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();

        using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("hello there", clientActivityId: "client-123"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await DirectLineApp.ReadAsync(posted, DirectLineJsonContext.Default.ResourceResponse)).Id;
        Assert.Equal($"{started.ConversationId}|0000002", id);

        var set = await app.GetActivitiesAsync(started.Token!, started.ConversationId, "1");
        Assert.Equal(2, set.Activities.Count);
        var echo = set.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.NotNull(echo.Timestamp);
        Assert.Equal("client-123", echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        Assert.Equal("hello there", echo.Text);
        Assert.Equal(Channels.DirectLine, echo.ChannelId);
        Assert.Equal(RoleTypes.User, echo.From?.Role);
        Assert.NotEqual("someone-else", echo.From?.Id); // the user is the token's, not whoever the body claims
        Assert.StartsWith("dl_", echo.From?.Id, StringComparison.Ordinal);
        Assert.Null(echo.ServiceUrl);

        var reply = set.Activities[1];
        Assert.Equal("echo: hello there", reply.Text);
        Assert.Equal(id, reply.ReplyToId);
        Assert.Equal(RoleTypes.Bot, reply.From?.Role);
        Assert.Equal($"{started.ConversationId}|0000003", reply.Id);
        Assert.Equal("3", set.Watermark);
        Assert.True(reply.Timestamp >= echo.Timestamp);
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_stream_url_that_replays_from_the_watermark()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();
        using var client = app.Client(started.Token);

        using var response = await client.GetAsync($"/v3/directline/conversations/{started.ConversationId}?watermark=1", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineApp.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversationResponse);
        Assert.Equal(started.ConversationId, body.ConversationId);
        Assert.EndsWith("&watermark=1", body.StreamUrl, StringComparison.Ordinal);
        Assert.NotNull(body.Token);
    }

    [Fact]
    public async Task Unknown_conversations_and_routes_get_the_error_shape()
    {
        await using var app = new DirectLineApp();
        using var client = app.Client(DirectLineApp.Secret);

        using var unknown = await client.GetAsync("/v3/directline/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("BadArgument", await DirectLineApp.ErrorCodeAsync(unknown));

        using var weird = await client.GetAsync("/v3/directline/conversations/..%2F..%2Fetc/activities", Ct);
        Assert.Equal(HttpStatusCode.NotFound, weird.StatusCode);

        using var upload = await client.PostAsync("/v3/directline/conversations/AAAAAAAAAAAAAAAAAAAAAA/upload", null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal("NotFound", await DirectLineApp.ErrorCodeAsync(upload));
    }

    [Fact]
    public async Task A_failing_bot_turn_is_a_502_and_the_echo_stays()
    {
        // The host's turn error handler normally answers the user itself; without one the failure reaches Direct Line.
        await using var app = new DirectLineApp(services: s => s.AddSingleton(sp => new CrampBot.BotFramework.Builder.CloudAdapter(
            sp.GetRequiredService<CrampBot.BotFramework.Connector.IConnectorClientFactory>(),
            sp.GetServices<CrampBot.BotFramework.Connector.IInProcessChannel>())));
        var started = await app.StartConversationAsync();

        using var response = await app.PostActivityAsync(started.Token!, started.ConversationId, DirectLineApp.UserMessage("fail"));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", await DirectLineApp.ErrorCodeAsync(response));

        var set = await app.GetActivitiesAsync(started.Token!, started.ConversationId, "1");
        Assert.Equal("fail", Assert.Single(set.Activities).Text);
    }

    [Fact]
    public async Task Clients_cannot_post_conversationUpdates_or_choose_where_replies_go()
    {
        await using var app = new DirectLineApp();
        var started = await app.StartConversationAsync();

        var update = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("x")] };
        using var refused = await app.PostActivityAsync(started.Token!, started.ConversationId, update);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var sneaky = DirectLineApp.UserMessage("where do replies go");
        sneaky.ServiceUrl = "http://attacker.example/";
        sneaky.DeliveryMode = DeliveryModes.ExpectReplies;
        using var posted = await app.PostActivityAsync(started.Token!, started.ConversationId, sneaky);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var set = await app.GetActivitiesAsync(started.Token!, started.ConversationId, "1");
        Assert.Equal(["where do replies go", "echo: where do replies go"], set.Activities.Select(a => a.Text));
    }
}
