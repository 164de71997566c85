using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.BotFramework.State;

public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration) => services;
}
