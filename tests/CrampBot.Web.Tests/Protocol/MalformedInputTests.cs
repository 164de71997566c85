using System.Net;
using System.Text.Json.Nodes;
using CrampBot.Web.Tests.Infrastructure;
using Xunit;

namespace CrampBot.Web.Tests.Protocol;

/// <summary>Bad requests get a 400 with a short reason; nothing crashes and the next good request still works.</summary>
public sealed class MalformedInputTests : IClassFixture<AnonymousEchoHost>
{
    private readonly FakeConnector _connector;
    private readonly CrampBotApplication _app;

    public MalformedInputTests(AnonymousEchoHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Reset();
        (_connector, _app) = (host.Connector, host.App);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?, string, string> Cases => new()
    {
        { "wrong content type", "text/plain", Good(), "Content-Type" },
        { "form content type", "application/x-www-form-urlencoded", "type=message", "Content-Type" },
        { "no content type", null, Good(), "Content-Type" },
        { "latin-1 charset", "application/json; charset=iso-8859-1", Good(), "Content-Type" },
        { "empty body", "application/json", string.Empty, "empty" },
        { "truncated JSON", "application/json", """{"type":"message","conversation":{"id":""", "JSON" },
        { "not JSON at all", "application/json", "<activity/>", "JSON" },
        { "a JSON array", "application/json", "[]", "JSON" },
        { "JSON null", "application/json", "null", "JSON" },
        { "a JSON string", "application/json", "\"message\"", "JSON" },
        { "type of the wrong kind", "application/json", Good(o => o["type"] = 5), "JSON" },
        { "conversation of the wrong kind", "application/json", Good(o => o["conversation"] = "c1"), "JSON" },
        { "missing type", "application/json", Good(o => o.Remove("type")), "no type" },
        { "empty type", "application/json", Good(o => o["type"] = string.Empty), "no type" },
        { "missing conversation", "application/json", Good(o => o.Remove("conversation")), "conversation" },
        { "conversation without id", "application/json", Good(o => o["conversation"] = new JsonObject()), "conversation" },
        { "missing serviceUrl", "application/json", Good(o => o.Remove("serviceUrl")), "serviceUrl" },
        { "relative serviceUrl", "application/json", Good(o => o["serviceUrl"] = "/v3/"), "serviceUrl" },
        { "non-http serviceUrl", "application/json", Good(o => o["serviceUrl"] = "file:///etc/passwd"), "serviceUrl" },
        { "body over 256 KB", "application/json", Good(o => o["text"] = new string('a', 300 * 1024)), "larger" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_request_gets_a_400_with_a_short_reason_and_the_next_good_one_works(string name, string? contentType, string body, string reason)
    {
        var badBody = body.Replace("{serviceUrl}", _connector.ServiceUrl, StringComparison.Ordinal);
        using var bad = await _app.PostRawAsync(badBody, contentType, cancellationToken: Ct);

        Assert.True(bad.StatusCode == HttpStatusCode.BadRequest, $"{name}: got {(int)bad.StatusCode}");
        var error = JsonNode.Parse(await bad.Content.ReadAsStringAsync(Ct))!["error"]!;
        Assert.Contains(reason, (string)error["message"]!, StringComparison.Ordinal);
        Assert.True(((string)error["message"]!).Length < 100, "the reason stays short");
        Assert.Empty(_connector.Requests);

        using var good = await _app.PostRawAsync(Good().Replace("{serviceUrl}", _connector.ServiceUrl, StringComparison.Ordinal), "application/json", cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("echo: good", (await _connector.WaitForRequestAsync()).Activity!.Text);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_accepted_even_without_a_content_length()
    {
        using var client = _app.CreateClient();
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Good().Replace("{serviceUrl}", _connector.ServiceUrl, StringComparison.Ordinal))));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_content_length_gets_a_400()
    {
        using var client = _app.CreateClient();
        var body = Good(o => o["text"] = new string('a', 300 * 1024)).Replace("{serviceUrl}", _connector.ServiceUrl, StringComparison.Ordinal);
        using var content = new StreamContent(new TrickleStream(System.Text.Encoding.UTF8.GetBytes(body), 8 * 1024));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("my calf cramps every night", 7)]
    [InlineData("小腿抽筋了怎么办，疼得睡不着", 5)]
    public async Task A_body_that_arrives_in_small_pieces_is_read_whole(string sentence, int pieceBytes)
    {
        using var client = _app.CreateClient();
        // Pieces that split multi-byte characters, and a body longer than one buffer segment (4 KB): it must be
        // read whole before it is decoded.
        var text = string.Join(' ', Enumerable.Repeat(sentence, 300));
        var body = Good(o => o["text"] = text).Replace("{serviceUrl}", _connector.ServiceUrl, StringComparison.Ordinal);
        using var content = new StreamContent(new TrickleStream(System.Text.Encoding.UTF8.GetBytes(body), pieceBytes));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"echo: {text}", (await _connector.WaitForRequestAsync()).Activity!.Text);
    }

    /// <summary>Hands out a few bytes per read, yielding between reads, so the server receives many small writes.</summary>
    private sealed class TrickleStream(byte[] data, int pieceBytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(pieceBytes, buffer.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task GET_on_the_messaging_endpoint_is_not_allowed()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/messages", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string Good(Action<JsonObject>? change = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "good-1",
            ["serviceUrl"] = "{serviceUrl}",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "conv-1" },
            ["text"] = "good",
        };
        change?.Invoke(activity);
        return activity.ToJsonString();
    }
}
