using CrampBot.BotFramework.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers CrampBot, its dialogs and content as the host's <see cref="IBot"/>; the messaging endpoint
    /// resolves it per request, so tests can replace it with ConfigureTestServices.
    /// </summary>
    public static IServiceCollection AddCrampBot(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCrampBotConversation(configuration);
}
