using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CrampBot.BotFramework.Hosting;

/// <summary>Reads what a whole request body says, from a span that is only valid during the call.</summary>
internal delegate T SpanReader<out T>(ReadOnlySpan<byte> body);

/// <summary>
/// The one way a request body is read, for the messaging endpoint and Direct Line alike: whole, under a size cap,
/// whatever the Content-Length says (it can be absent, as in chunked requests, or wrong).
/// </summary>
internal static class CappedBody
{
    /// <summary>
    /// Hands the whole body (empty when there is none) to <paramref name="read"/> where the server buffered it, copied
    /// only when it arrived in more than one segment. <c>TooLarge</c>: a Content-Length or a body longer than
    /// <paramref name="maxBytes"/>, refused without reading further and without buffering more than the cap.
    /// </summary>
    public static async Task<(bool TooLarge, T? Value)> ReadAsync<T>(HttpRequest request, int maxBytes, SpanReader<T> read, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (true, default);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var body = result.Buffer;
            if (body.Length > maxBytes)
            {
                reader.AdvanceTo(body.Start, body.End);
                return (true, default);
            }

            if (!result.IsCompleted)
            {
                // Nothing consumed, everything seen: the next read returns the whole body so far plus what came since.
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }

            var value = body.IsSingleSegment ? read(body.FirstSpan) : read(body.ToArray());
            reader.AdvanceTo(body.End);
            return (false, value);
        }
    }
}
