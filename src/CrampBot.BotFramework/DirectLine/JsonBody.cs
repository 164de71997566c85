using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>Reads a JSON request body with a hard size cap, answering 413 or 400 instead of throwing.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, int maxBytes, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        var (body, error) = await ReadBytesAsync(request, maxBytes, optional, cancellationToken);
        if (error is not null || body.IsEmpty)
        {
            return (null, error);
        }

        try
        {
            var value = JsonSerializer.Deserialize(body.Span, typeInfo);
            return value is null && !optional ? (null, DirectLineResults.BadArgument("The request body is null.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The request body is not valid JSON for this route."));
        }
    }

    /// <summary>The body's bytes (empty when an optional body is absent), or the 413 / 400 answer.</summary>
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Error)> ReadBytesAsync(HttpRequest request, int maxBytes, bool optional, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, DirectLineResults.TooBig(maxBytes));
        }

        // Read at most one byte more than allowed: enough to know it is too big, without buffering an attack.
        var buffer = new byte[Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? maxBytes + 1)];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, DirectLineResults.TooBig(maxBytes));
        }

        if (length == 0)
        {
            return optional ? (ReadOnlyMemory<byte>.Empty, null) : (ReadOnlyMemory<byte>.Empty, DirectLineResults.BadArgument("The request body is empty."));
        }

        return (buffer.AsMemory(0, length), null);
    }
}
