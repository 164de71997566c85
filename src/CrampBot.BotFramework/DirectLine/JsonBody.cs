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
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineResults.TooBig(maxBytes));
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
            return (null, DirectLineResults.TooBig(maxBytes));
        }

        if (length == 0)
        {
            return optional ? (null, null) : (null, DirectLineResults.BadArgument("The request body is empty."));
        }

        try
        {
            var value = JsonSerializer.Deserialize(buffer.AsSpan(0, length), typeInfo);
            return value is null && !optional ? (null, DirectLineResults.BadArgument("The request body is null.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The request body is not valid JSON for this route."));
        }
    }
}
