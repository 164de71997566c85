using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using CrampBot.BotFramework.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        // Whatever a route did not answer itself still gets the protocol's error shape: a store that cannot be
        // reached is a 503 with Retry-After (the conversation is kept), anything else a logged 500.
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (!context.HttpContext.Response.HasStarted && ex is not OperationCanceledException)
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpoints).FullName!);
                if (StorageOutage.IsStorageUnavailable(ex))
                {
                    DirectLineLog.StorageUnavailable(logger, ex, context.HttpContext.Request.Method, LogText.FromString(context.HttpContext.Request.Path));
                    return DirectLineResults.StorageUnavailable(StorageOutage.RetryAfter);
                }

                DirectLineLog.RequestFailed(logger, ex, context.HttpContext.Request.Method, LogText.FromString(context.HttpContext.Request.Path));
                return DirectLineResults.InternalError();
            }
        });

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
