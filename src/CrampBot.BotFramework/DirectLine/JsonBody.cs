using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrampBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>Reads a request body with a hard size cap (see <see cref="CappedBody"/>), answering 413 or 400 instead of throwing.</summary>
internal static class JsonBody
{
    public static Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, int maxBytes, bool optional, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync(request, maxBytes, optional, body => Deserialize(body, typeInfo, optional), cancellationToken);

    /// <summary>
    /// What <paramref name="read"/> makes of the body, or the 413 / 400 answer. An absent optional body reads as
    /// nothing (no value, no error) and never reaches <paramref name="read"/>.
    /// </summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, bool optional, SpanReader<(T? Value, IResult? Error)> read, CancellationToken cancellationToken)
    {
        var (tooLarge, result) = await CappedBody.ReadAsync(
            request,
            maxBytes,
            body => body.IsEmpty ? (default, optional ? null : DirectLineResults.BadArgument("The request body is empty.")) : read(body),
            cancellationToken);
        return tooLarge ? (default, DirectLineResults.TooBig(maxBytes)) : result;
    }

    private static (T? Value, IResult? Error) Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, bool optional)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(body, typeInfo);
            return value is null && !optional ? (null, DirectLineResults.BadArgument("The request body is null.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The request body is not valid JSON for this route."));
        }
    }
}
