using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Auth;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Connector;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticate the token, parse the activity, check the token against it, run the
/// turn on the <see cref="CloudAdapter"/> with the <see cref="IBot"/> from DI, and answer: 200, the invoke
/// response, or the buffered replies for <c>deliveryMode: expectReplies</c>. Failures answer 400 with a short
/// reason or 401 with no detail at all.
/// </summary>
public sealed class BotFrameworkHttpEndpoint(
    CloudAdapter adapter,
    ChannelAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<BotFrameworkOptions> options,
    IOptions<ActivityLimits> limits,
    IHostApplicationLifetime lifetime,
    ILogger<BotFrameworkHttpEndpoint> logger)
{
    // Bot-defined invoke bodies are arbitrary objects, so they fall back to reflection with the wire conventions.
    private static readonly JsonSerializerOptions InvokeBodyOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            BotJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cancellationToken = http.RequestAborted;

        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), cancellationToken);
        if (!authentication.IsAllowed)
        {
            Refuse(http, authentication.Failure!);
            return;
        }

        var read = await ActivityRequestReader.ReadAsync(http.Request, options.Value.MaxRequestBodyBytes, limits.Value, cancellationToken);
        if (read.Activity is not { } activity)
        {
            Log.ActivityRejected(logger, read.Error!);
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BadArgument", read.Error!, cancellationToken);
            return;
        }

        if (!Authorize(http, authentication, activity))
        {
            return;
        }

        Log.ActivityReceived(logger, activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id);
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            // The turn is not tied to the channel's connection: a channel that gives up waiting (15 s) must not
            // cut the turn short between two state writes, and the replies still travel through the connector.
            // The outgoing budget bounds the sends; only shutting down stops a turn.
            var bot = http.RequestServices.GetRequiredService<IBot>();
            var response = await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, lifetime.ApplicationStopping);
            status = response?.Status ?? StatusCodes.Status200OK;
            await WriteInvokeResponseAsync(http, response, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The channel hung up or the host is stopping; there is nobody left to answer.
            status = StatusCodes.Status499ClientClosedRequest;
        }
        catch (Exception ex)
        {
            // OnTurnError handles the bot's failures; this is what escaped it. The channel gets a bare 500.
            Log.EndpointFailed(logger, ex, activity.Type, activity.ChannelId, activity.Conversation?.Id);
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
        finally
        {
            Log.TurnCompleted(logger, activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id, status, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The token's claims must fit this activity; in anonymous mode, the serviceUrl must be one we may post to.</summary>
    private bool Authorize(HttpContext http, AuthenticationOutcome authentication, Activity activity)
    {
        if (adapter.IsInProcessChannel(activity.ServiceUrl))
        {
            Log.InProcessServiceUrl(logger, activity.ServiceUrl);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return false;
        }

        if (authentication.Token is { } token)
        {
            if (ChannelAuthenticator.CheckActivity(token, activity) is { } failure)
            {
                Refuse(http, failure);
                return false;
            }

            trustedServiceUrls.AddAuthenticated(activity.ServiceUrl!);
            activity.CallerId = ChannelAuthenticator.AzureCallerId;
            return true;
        }

        // expectReplies answers in the HTTP response and posts nothing, so any serviceUrl is harmless there.
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && !trustedServiceUrls.IsTrusted(activity.ServiceUrl))
        {
            Log.UntrustedServiceUrl(logger, activity.ServiceUrl);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return false;
        }

        return true;
    }

    // 401 with no body: which check failed is for the log, not for whoever is probing.
    private void Refuse(HttpContext http, string reason)
    {
        Log.AuthenticationFailed(logger, reason);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorResponse(new ErrorDetail(code, message)), BotJsonContext.Default.ErrorResponse);
        return WriteJsonAsync(http, body, cancellationToken);
    }

    private static Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse? response, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        var body = response?.Body switch
        {
            null => null,
            ExpectedReplies replies => WireJson.SerializeToUtf8Bytes(replies),
            JsonNode node => JsonSerializer.SerializeToUtf8Bytes(node, BotJsonContext.Wire.JsonNode),
            JsonElement element => JsonSerializer.SerializeToUtf8Bytes(element, BotJsonContext.Wire.JsonElement),
            var other => JsonSerializer.SerializeToUtf8Bytes(other, other.GetType(), InvokeBodyOptions),
        };
        return body is null ? Task.CompletedTask : WriteJsonAsync(http, body, cancellationToken);
    }

    private static async Task WriteJsonAsync(HttpContext http, byte[] body, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, cancellationToken);
    }
}
