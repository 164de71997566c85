using CrampBot.BotFramework.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot as <see cref="IBot"/>; the messaging endpoint resolves it per request, so tests can
    /// replace it with ConfigureTestServices.
    /// </summary>
    public static IServiceCollection AddCrampBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<IBot, MinimalBot>();
        return services;
    }
}
