using CrampBot.Bot;
using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.State;

// The composition root. Each layer registers itself through one extension method, defined beside its code.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddCrampBot(builder.Configuration);

var app = builder.Build();

app.MapBotFrameworkEndpoints();
app.MapDirectLine();

app.Run();

/// <summary>Exposed so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
