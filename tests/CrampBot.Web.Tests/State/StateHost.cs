using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace CrampBot.Web.Tests.State;

/// <summary>
/// One bot process: the real host (Program, /api/messages, the adapter with the state middleware from DI) with
/// the given storage settings and a small test bot instead of CrampBot. Turns are posted with
/// <c>deliveryMode: expectReplies</c>, so the replies come back in the response body.
/// </summary>
internal sealed class StateHost(IDictionary<string, string?> storageSettings) : WebApplicationFactory<Program>
{
    public static StateHost Sqlite(string path) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = path,
    });

    public static StateHost Postgres(string connectionString) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = connectionString,
    });

    /// <summary>How many turns this instance re-ran after losing an ETag race (from the middleware's log).</summary>
    public int Reruns => _reruns.Count;

    private readonly RerunCounter _reruns = new();

    /// <summary>Posts one user message and returns the texts the bot replied with.</summary>
    public async Task<IReadOnlyList<string?>> SayAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = "https://state-tests.invalid",
            From = new ChannelAccount("user-1", "User", RoleTypes.User),
            Recipient = new ChannelAccount("bot-1", "Bot", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationId),
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Text = text,
        };
        using var client = CreateClient();
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity));
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var replies = JsonSerializer.Deserialize(body, BotJsonContext.Default.ExpectedReplies)!;
        return [.. replies.Activities.Where(a => a.IsType(ActivityTypes.Message)).Select(a => a.Text)];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>(storageSettings)
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(_reruns));
        builder.ConfigureTestServices(services => services.AddSingleton<IBot>(sp => new StateTestBot(sp.GetRequiredService<ConversationState>())));
    }
}

/// <summary>Counts the state middleware's "re-running" log entries.</summary>
internal sealed class RerunCounter : ILoggerProvider
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName.EndsWith(nameof(AutoSaveStateMiddleware), StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class Counter(RerunCounter owner, bool relevant) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => relevant;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (relevant && formatter(state, exception).Contains("re-running", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref owner._count);
            }
        }
    }
}

/// <summary>
/// The test bot: "count" counts turns in conversation state (a lost update shows as a repeated number);
/// anything else runs a three-question waterfall. It never saves state itself: the host's middleware does.
/// </summary>
internal sealed class StateTestBot : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<int> _count;
    private readonly Dialog _intake = new IntakeDialog();

    public StateTestBot(ConversationState conversationState)
    {
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _count = conversationState.CreateProperty<int>("count");
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "count")
        {
            var count = await _count.GetAsync(turnContext, cancellationToken) + 1;
            await _count.SetAsync(turnContext, count, cancellationToken);
            await turnContext.SendActivityAsync($"count={count}", cancellationToken: cancellationToken);
            return;
        }

        await _intake.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    private sealed class IntakeDialog : ComponentDialog
    {
        public IntakeDialog()
            : base(nameof(IntakeDialog))
        {
            AddDialog(new WaterfallDialog("steps",
            [
                async (step, ct) => await step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct),
                async (step, ct) =>
                {
                    step.Values.Set("name", step.GetResult<string>());
                    return await step.PromptAsync("nights", new PromptOptions { Prompt = MessageFactory.Text("How many nights a week?") }, ct);
                },
                async (step, ct) =>
                {
                    step.Values.Set("nights", step.GetResult<int>());
                    return await step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Shall I save that?") }, ct);
                },
                async (step, ct) =>
                {
                    var summary = $"{step.Values.Get<string>("name")}: {step.Values.Get<int>("nights")} nights, saved={step.GetResult<bool>()}";
                    await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                    return await step.EndDialogAsync(summary, ct);
                },
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt<int>("nights"));
            AddDialog(new ConfirmPrompt("confirm"));
        }
    }
}

/// <summary>The intake conversation: each user line and the one reply it must get.</summary>
internal static class Intake
{
    public static readonly (string User, string Bot)[] Lines =
    [
        ("hi", "What is your name?"),
        ("Ann", "How many nights a week?"),
        ("4", "Shall I save that?"),
        ("yes", "Ann: 4 nights, saved=True"),
    ];
}

/// <summary>
/// The PostgreSQL server test.sh starts (CRAMPBOT_TEST_POSTGRES); each caller gets a fresh schema. Without it the
/// test is skipped, except with CI=true, where that is a failure.
/// </summary>
internal static class PostgresServer
{
    public static async Task<string> FreshSchemaAsync()
    {
        var server = Environment.GetEnvironmentVariable("CRAMPBOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            const string Reason = "CRAMPBOT_TEST_POSTGRES is not set: start a server with scripts/postgres.sh start (or run ./test.sh).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI=true but " + Reason);
            }

            Assert.Skip(Reason);
        }

        var schema = "w_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }
}
