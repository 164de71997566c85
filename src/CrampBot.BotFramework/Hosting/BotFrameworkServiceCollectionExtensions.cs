using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapBotFrameworkEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
