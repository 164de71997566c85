using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.Bot;

public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddCrampBot(this IServiceCollection services, IConfiguration configuration) => services;
}
