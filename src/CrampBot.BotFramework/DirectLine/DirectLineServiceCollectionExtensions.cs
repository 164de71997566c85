using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.BotFramework.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints) => endpoints;
}
