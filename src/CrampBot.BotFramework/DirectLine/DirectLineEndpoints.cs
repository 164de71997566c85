using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>The routes under <c>/v3/directline</c>, all behind the per-client request limit.</summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).DisableAntiforgery();
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<DirectLineRateLimiter>().TryRequest(context.HttpContext).Refusal
            ?? await next(context));

        group.MapPost("/tokens/generate", (HttpContext http, DirectLineHandlers h) => h.GenerateTokenAsync(http));
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineHandlers h) => h.RefreshToken(http));
        group.MapPost("/conversations", (HttpContext http, DirectLineHandlers h) => h.StartConversationAsync(http));
        group.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, DirectLineHandlers h) => h.ReconnectAsync(http, conversationId));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineHandlers h) => h.GetActivitiesAsync(http, conversationId));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineHandlers h) => h.PostActivityAsync(http, conversationId));
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineStream s) => s.HandleAsync(http, conversationId));
        group.Map("/{**rest}", () => DirectLineResults.Error(StatusCodes.Status404NotFound, "NotFound", "No such Direct Line route (file upload is not supported)."));

        endpoints.MapPost(WebChatPage.TokenPath, WebChatPage.IssueToken).DisableAntiforgery();
    }
}
