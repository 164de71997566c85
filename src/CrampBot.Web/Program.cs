var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();

/// <summary>Exposed so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
