using System.Text.Json;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CrampBot.Web.Tests.Conversation;

/// <summary>
/// The real host as composed by Program (AddCrampBot registers the conversation), with memory storage. A turn is one POST with <c>deliveryMode: expectReplies</c>; the replies come back in the body.
/// </summary>
internal sealed class ConversationHost : WebApplicationFactory<Program>
{
    private int _nextId;

    /// <summary>Who talks to whom; one host can hold several conversations.</summary>
    public ConversationReference Conversation { get; set; } = TestAdapter.CreateConversation("web-conv-1", "web-user-1", "crampbot");

    /// <summary>A transcript runner turn over HTTP.</summary>
    public ChatTurn Turn => PostAsync;

    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity, CancellationToken cancellationToken)
    {
        ChatTranscriptRunner.Address(activity, Conversation);
        activity.Id = $"web-{Interlocked.Increment(ref _nextId)}";
        activity.ServiceUrl = "https://conversation-tests.invalid";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.Timestamp = DateTimeOffset.UtcNow;

        using var client = CreateClient();
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity));
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        if (body.Length == 0)
        {
            return [];
        }

        return [.. JsonSerializer.Deserialize(body, BotJsonContext.Default.ExpectedReplies)!.Activities];
    }

    /// <summary>Sends a message and returns the replies.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text, string? locale = "en-US") =>
        PostAsync(new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale }, TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("MicrosoftAppPassword", string.Empty);
    }
}
