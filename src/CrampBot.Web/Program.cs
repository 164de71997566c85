using CrampBot.Bot;
using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.State;
using CrampBot.BotFramework.Teams;
using CrampBot.Core.Understanding.Intents;
using CrampBot.Web;
using CrampBot.Web.Telemetry;

// The composition root. Each layer registers itself through one extension method, defined beside its code.

// The intent classifier trains on the other core while the host is built: it is the longest piece of start-up work
// and needs nothing from the host. The content check awaits it before the host listens, and stops start-up if it failed.
IntentClassifier.BeginTraining();

// The slim builder: no IIS integration, no HTTP/3 (QUIC) transport and no hosting-startup scanning, none of which a
// bot behind a channel uses; each was an assembly loaded and kept in memory at start-up. HTTPS endpoints set in the
// Kestrel section still work: that part is added back.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();

// Settings: the root appsettings.json beside the app, then environment variables and the command line.
builder.AddCrampBotHostSettings();

builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddTeamsSupport(builder.Configuration);
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddCrampBot(builder.Configuration);
builder.Services.AddCrampBotTelemetry(builder.Configuration);

// Readiness needs the store: /healthz/ready (and /healthz) fail while it is unreachable; /healthz/live does not.
builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [StorageHealthCheck.ReadyTag]);

var app = builder.Build();
app.MapCrampBotTelemetry();

// POST /api/messages and /healthz, /healthz/live, /healthz/ready.
app.MapBotFrameworkEndpoints();
app.MapDirectLine();

app.Run();

/// <summary>Exposed so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
