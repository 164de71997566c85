using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.Testing;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Teams;

/// <summary>One host running the real CrampBot behind the Teams layer, shared by the transcripts (each has its own chat).</summary>
public sealed class TeamsCrampBotHost : IAsyncLifetime
{
    internal TeamsTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await TeamsTestHost.StartAsync(realBot: true);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>
/// The golden conversations (dialogs/transcripts), the full symptom check among them, replayed in a Teams personal
/// chat: each user line posted as Teams posts it (typed text, or an imBack button click, which Teams sends as text;
/// a card submit as value), with a valid channel token; each reply read at the fake connector, checked against
/// Teams' limits, and then read back as the user sees it (a card's words and its imBack buttons) for the transcript.
/// </summary>
public sealed class TeamsTranscriptTests(TeamsCrampBotHost fixture) : IClassFixture<TeamsCrampBotHost>
{
    public static TheoryData<string> Transcripts => new(Directory.GetFiles(Path.Combine(TeamsRepoPaths.Root, "dialogs", "transcripts"), "*.chat").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_replays_in_a_Teams_personal_chat(string file)
    {
        var transcript = ChatTranscript.Parse(Path.Combine(TeamsRepoPaths.Root, "dialogs", "transcripts", file));
        var chat = new TeamsPersonalChat(fixture.Host, "a:1teams-" + Path.GetFileNameWithoutExtension(file) + ";x@unq.gbl.spaces");

        await ChatTranscriptRunner.RunAsync(transcript, chat.TurnAsync, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_full_symptom_check_runs_in_Teams_with_every_reply_within_Teams_limits()
    {
        var transcript = ChatTranscript.Parse(Path.Combine(TeamsRepoPaths.Root, "dialogs", "transcripts", "en-02-check-buttons.chat"));
        var chat = new TeamsPersonalChat(fixture.Host, "a:1full-check");

        await ChatTranscriptRunner.RunAsync(transcript, chat.TurnAsync, TestContext.Current.CancellationToken);

        // More than three choices never travel as quick replies: they came as imBack card buttons.
        Assert.Contains(chat.Sent, a => a.Attachments?.Any(c => c.Content?["actions"]?.AsArray().Count > 3) == true);
        Assert.DoesNotContain(chat.Sent, a => a.SuggestedActions?.Actions.Count > 3);
        // The checklists reach Teams as cards with a tick box per sign (Input.Toggle, card 1.0).
        Assert.Contains(chat.Sent, a => a.Attachments?.Any(c => c.Content?["body"]?.AsArray().Any(b => b?["type"]?.GetValue<string>() == "Input.Toggle") == true) == true);
    }
}

/// <summary>A personal chat with one user, driven by the transcript runner.</summary>
internal sealed class TeamsPersonalChat(TeamsTestHost host, string conversationId)
{
    // A user of its own: what one transcript teaches the bot about its user (the language) must not leak into another.
    private readonly ChannelAccount _user = new("29:1" + conversationId.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture), "Teams User");
    private int _nextId;
    private int _seen = host.Connector.Requests.Count;

    /// <summary>Every activity the bot sent in this chat, as Teams received it.</summary>
    public List<Activity> Sent { get; } = [];

    public async Task<IReadOnlyList<Activity>> TurnAsync(Activity runnerActivity, CancellationToken cancellationToken)
    {
        if (runnerActivity.IsType(ActivityTypes.ConversationUpdate))
        {
            // Teams announces a personal install twice: installationUpdate, and the bot among the members added.
            await host.SendAsync(Localized(TeamsActivities.InstallationUpdate(host.ServiceUrl, conversationId, "personal", id: NextId(), from: _user), runnerActivity.Locale));
            await host.SendAsync(Localized(TeamsActivities.BotAdded(host.ServiceUrl, conversationId, "personal", id: NextId(), from: _user), runnerActivity.Locale));
        }
        else if (runnerActivity.Value is JsonObject submit)
        {
            await host.SendAsync(Localized(TeamsActivities.CardSubmit(host.ServiceUrl, conversationId, "personal", submit, replyToId: "sent-card", from: _user, id: NextId()), runnerActivity.Locale));
        }
        else
        {
            var message = TeamsActivities.Personal(host.ServiceUrl, runnerActivity.Text ?? string.Empty, from: _user, id: NextId());
            message.Conversation!.Id = conversationId;
            await host.SendAsync(Localized(message, runnerActivity.Locale));
        }

        // The POST returns once the turn's replies are out, so they are all at the connector now.
        var requests = host.Connector.Requests.Skip(_seen).ToList();
        _seen += requests.Count;
        foreach (var request in requests)
        {
            Assert.Equal(ConnectorActivitiesRoute, request.RawTarget[..ConnectorActivitiesRoute.Length]);
            TeamsTestHost.AssertWithinTeamsLimits(request, "personal");
            Sent.Add(request.Activity!);
        }

        return AsTheUserSeesIt(requests.Select(r => r.Activity!));
    }

    private string ConnectorActivitiesRoute => $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    /// <summary>
    /// Teams messages read back as one message per thing the bot said: a card's words (the text it stood for), and
    /// imBack buttons (on a card of their own or on the message's card) as the choices offered with it.
    /// </summary>
    private static List<Activity> AsTheUserSeesIt(IEnumerable<Activity> sent)
    {
        var seen = new List<Activity>();
        foreach (var activity in sent)
        {
            if (activity.Attachments is not { Count: > 0 } attachments)
            {
                seen.Add(activity);
                continue;
            }

            var buttons = attachments.SelectMany(a => a.Content?["actions"]?.AsArray() ?? [])
                .Where(a => a?["data"]?["msteams"]?["type"]?.GetValue<string>() == "imBack")
                .Select(a => CardAction.ImBack(a!["title"]!.GetValue<string>(), a["data"]!["msteams"]!["value"]!.GetValue<string>()))
                .ToList();
            var buttonsOnly = attachments.All(a => a.Content?["body"] is JsonArray { Count: 0 });
            if (buttonsOnly && seen.Count > 0)
            {
                seen[^1].SuggestedActions = new SuggestedActions { Actions = buttons };
                continue;
            }

            activity.Text = activity.Summary;
            activity.SuggestedActions = buttons.Count > 0 ? new SuggestedActions { Actions = buttons } : null;
            seen.Add(activity);
        }

        return seen;
    }

    private static Activity Localized(Activity activity, string? locale)
    {
        activity.Locale = locale ?? activity.Locale;
        return activity;
    }

    private string NextId() => $"1732171{Interlocked.Increment(ref _nextId):D6}";
}
