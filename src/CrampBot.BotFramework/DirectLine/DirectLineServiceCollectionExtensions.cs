using CrampBot.BotFramework.Connector;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The built-in Direct Line 3.0 channel: tokens, the conversation transcript on the bot's <see cref="IStorage"/>,
    /// and the in-process channel the adapter hands the bot's replies to. Settings: section <c>DirectLine</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.MaxActivitiesPerConversation > 0 && o.MaxActivityBytes > 0 && o.MaxActivitiesPerGet > 0,
                "DirectLine: TokenLifetime, MaxActivitiesPerConversation, MaxActivityBytes and MaxActivitiesPerGet must be positive.")
            .ValidateOnStart();

        services.AddActivityLimits();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DirectLineSecret.Create(
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret,
            StorageOf(sp),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineSecret).FullName!)));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<DirectLineNotifier>();
        services.TryAddSingleton<IDirectLineStore>(sp => new StorageDirectLineStore(
            StorageOf(sp), sp.GetRequiredService<IOptions<DirectLineOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<IInProcessChannel>(sp => sp.GetRequiredService<DirectLineChannel>());
        services.AddSingleton<DirectLineConversationService>();
        services.AddSingleton<DirectLineHandlers>();
        services.AddSingleton<DirectLineStream>();
        return services;
    }

    /// <summary>
    /// Maps <c>/v3/directline/*</c>, the page's token endpoint, and (on the application itself) WebSockets and the
    /// Web Chat page's static files with their Content-Security-Policy.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Resolve the secret now, so a generated one is made (or loaded) and reported at start-up, not on a request.
        endpoints.ServiceProvider.GetRequiredService<DirectLineSecret>();

        // The host passes its WebApplication, which is also the middleware pipeline: WebSockets and static
        // files are registered here so Program.cs needs no Direct Line-specific line.
        if (endpoints is IApplicationBuilder app)
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
            WebChatPage.UseWebChatStaticFiles(app);
        }

        DirectLineEndpoints.Map(endpoints);
        return endpoints;
    }

    private static IStorage StorageOf(IServiceProvider services)
    {
        if (services.GetService<IStorage>() is { } storage)
        {
            return storage;
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineServiceCollectionExtensions).FullName!)
            .LogWarning("No IStorage is registered: Direct Line history is kept in memory and lost on restart.");
        return new MemoryStorage(services.GetRequiredService<TimeProvider>());
    }
}
