using System.Text.Json.Serialization.Metadata;
using CrampBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>Direct Line answers: JSON bodies, and errors in the protocol's <c>{"error":{"code","message"}}</c> shape.</summary>
internal static class DirectLineResults
{
    public static IResult Json<T>(T value, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK) =>
        Results.Json(value, typeInfo, contentType: "application/json; charset=utf-8", statusCode: status);

    public static IResult Error(int status, string code, string message) =>
        Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, status);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound(string message = "Conversation not found.") => Error(StatusCodes.Status404NotFound, "BadArgument", message);

    public static IResult TooBig(int max) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {max} bytes.");

    public static IResult TooManyRequests(TimeSpan? retryAfter) => new TooManyRequestsResult(retryAfter);

    /// <summary>A 503 with Retry-After: the store is unreachable; nothing was lost, and the client should try again later.</summary>
    public static IResult StorageUnavailable(TimeSpan retryAfter) => new WithRetryAfter(
        retryAfter,
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unreachable; the conversation is kept. Try again shortly."));

    /// <summary>A 500 in the protocol's error shape, for what escaped every other answer (already logged).</summary>
    public static IResult InternalError() =>
        Error(StatusCodes.Status500InternalServerError, "ServiceError", "The service failed to process the request.");

    private sealed class WithRetryAfter(TimeSpan retryAfter, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }

    /// <summary>A 429 with Retry-After (seconds, as HTTP says), so well-behaved clients back off.</summary>
    private sealed class TooManyRequestsResult(TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
            httpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; slow down.").ExecuteAsync(httpContext);
        }
    }
}
