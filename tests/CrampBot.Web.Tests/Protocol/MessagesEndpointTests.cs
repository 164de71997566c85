using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.Schema;
using CrampBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>/api/messages in anonymous mode, through the real host, with replies posted to a fake connector.</summary>
public sealed class MessagesEndpointTests : IClassFixture<AnonymousEchoHost>
{
    private readonly FakeConnector _connector;
    private readonly CrampBotApplication _echo;

    public MessagesEndpointTests(AnonymousEchoHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Reset();
        (_connector, _echo) = (host.Connector, host.App);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_is_answered_at_the_connector_with_reply_addressing()
    {
        var app = _echo;
        var incoming = TestActivities.Message(_connector.ServiceUrl, "my calf cramps", channelId: "msteams", locale: "en-GB", conversationId: TestActivities.TeamsConversationId, id: "1:700");

        using var response = await app.PostActivityAsync(incoming, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TestActivities.TeamsConversationId)}/activities/1%3A700", call.RawTarget);
        Assert.Null(call.Authorization);
        var reply = call.Activity!;
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("echo: my calf cramps", reply.Text);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal(RoleTypes.Bot, reply.From.Role);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal(TestActivities.TeamsConversationId, reply.Conversation!.Id);
        Assert.Equal("1:700", reply.ReplyToId);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal(_connector.ServiceUrl, reply.ServiceUrl);
        Assert.Null(reply.Id);
    }

    [Fact]
    public async Task The_registered_bot_answers_every_message()
    {
        await using var app = new CrampBotApplication();

        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hello"), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForRequestAsync()).Activity!;
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DeliveryModes.ExpectReplies)]
    public async Task An_activity_claiming_the_in_process_direct_line_service_url_is_refused(string? deliveryMode)
    {
        // Replies to that serviceUrl would land in a Web Chat user's conversation; only Direct Line itself may use it.
        var directLineServiceUrl = new CrampBot.BotFramework.DirectLine.DirectLineOptions().ServiceUrl;
        var incoming = TestActivities.Message(directLineServiceUrl, "not my conversation", channelId: "directline");
        incoming.DeliveryMode = deliveryMode;

        using var response = await _echo.PostActivityAsync(incoming, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(_echo.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("in-process channel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_posts_nothing()
    {
        var app = _echo;
        var incoming = TestActivities.Message("https://not-called.example.com/", "hi there");
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await app.PostActivityAsync(incoming, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(Ct), BotJsonContext.Default.ExpectedReplies)!;
        var reply = Assert.Single(body.Activities);
        Assert.Equal("echo: hi there", reply.Text);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("activity-1", reply.ReplyToId);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task An_unhandled_invoke_answers_501()
    {
        var app = _echo;
        var invoke = TestActivities.Message(_connector.ServiceUrl, "ignored");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        using var response = await app.PostActivityAsync(invoke, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_handled_invoke_answers_with_the_bots_invoke_response()
    {
        await using var app = new CrampBotApplication(bot: new InvokeBot());
        var invoke = TestActivities.Message(_connector.ServiceUrl, "ignored");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        using var response = await app.PostActivityAsync(invoke, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("done", (string?)body["value"]);
    }

    [Theory]
    [InlineData("someFutureType")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task Unknown_and_ignored_activity_types_are_accepted_silently(string type)
    {
        var app = _echo;
        var activity = TestActivities.Message(_connector.ServiceUrl, "x");
        activity.Type = type;

        using var response = await app.PostActivityAsync(activity, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("en-US", "my leg hurts", DefaultTurnErrorReply.English)]
    [InlineData("zh-CN", "腿抽筋", DefaultTurnErrorReply.Chinese)]
    [InlineData("en-US", "抽筋了！", DefaultTurnErrorReply.Chinese)]
    public async Task A_failing_turn_resets_dialog_state_and_apologises_in_the_users_language(string locale, string text, string apology)
    {
        var reset = new RecordingStateReset();
        await using var app = new CrampBotApplication(bot: new ThrowingBot(), services: s => s.AddSingleton<IConversationStateReset>(reset));

        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, text, locale: locale), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, reset.Resets);
        Assert.Equal(apology, Assert.Single(_connector.Requests).Activity!.Text);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task A_failing_invoke_answers_500_not_501()
    {
        await using var app = new CrampBotApplication(bot: new ThrowingInvokeBot());
        var invoke = TestActivities.Message(_connector.ServiceUrl, "ignored");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "task/fetch";

        using var response = await app.PostActivityAsync(invoke, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task The_users_text_never_reaches_the_logs_at_information_or_above()
    {
        const string secret = "private-symptom-words-4711";
        await using var app = new CrampBotApplication(bot: new ThrowingBot());

        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, secret), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("Turn message on webchat", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_mode_refuses_to_reply_to_a_service_url_off_this_machine()
    {
        var app = _echo;

        using var response = await app.PostActivityAsync(TestActivities.Message("https://attacker.example.com/", "hi"), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Anonymous_mode_refuses_a_request_that_carries_a_token()
    {
        var app = _echo;

        using var response = await app.PostActivityAsync(TestActivities.Message(_connector.ServiceUrl, "hi"), token: "some.jwt.token", cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Anonymous_mode_is_announced_at_start_up()
    {
        await using var app = new CrampBotApplication(bot: new EchoBot());
        using var client = app.CreateClient();

        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("accepts anonymous requests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_answers_for_load_balancers()
    {
        await using var app = new CrampBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_adapter_is_available_from_DI_for_proactive_messages()
    {
        var app = _echo;
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var reference = TestActivities.Message(_connector.ServiceUrl, "x", conversationId: TestActivities.TeamsConversationId).GetConversationReference();
        reference.ActivityId = null;

        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("Time for your evening stretch.", cancellationToken: ct), Ct);

        var call = Assert.Single(_connector.Requests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TestActivities.TeamsConversationId)}/activities", call.RawTarget);
        Assert.Equal("Time for your evening stretch.", call.Activity!.Text);
        Assert.Equal("user-1", call.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task A_proactive_message_to_an_untrusted_service_url_is_refused()
    {
        var app = _echo;
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var reference = TestActivities.Message("https://attacker.example.com/", "x").GetConversationReference();

        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("hello", cancellationToken: ct), Ct);

        // The turn error handler reports it; its own apology to the same address is refused too.
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is CrampBot.BotFramework.Connector.UntrustedServiceUrlException);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task The_wire_callerId_is_dropped_in_anonymous_mode()
    {
        await using var app = new CrampBotApplication(bot: new EchoBot());
        var incoming = TestActivities.Message("http://127.0.0.1:9/", "hi");
        incoming.CallerId = "urn:botframework:azure";
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        string? seen = "unset";
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        adapter.Use(new CallerIdProbe(id => seen = id));

        using var response = await app.PostActivityAsync(incoming, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(seen);
    }

    private sealed class CallerIdProbe(Action<string?> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            seen(turnContext.Activity.CallerId);
            return next(cancellationToken);
        }
    }

    private sealed class ThrowingInvokeBot : ActivityHandler
    {
        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The invoke handler failed on purpose.");
    }

    private sealed class InvokeBot : ActivityHandler
    {
        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Task.FromResult(new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "done" }));
    }
}
