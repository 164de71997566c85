using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CrampBot.BotFramework.Tests.Protocol;

/// <summary>An HTTP stack with a function for a server; counts requests per path.</summary>
internal sealed class StubHttp(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler, IHttpClientFactory
{
    private readonly Dictionary<string, int> _counts = [];

    public int Count(string pathSuffix)
    {
        lock (_counts)
        {
            return _counts.Where(c => c.Key.EndsWith(pathSuffix, StringComparison.Ordinal)).Sum(c => c.Value);
        }
    }

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_counts)
        {
            var path = request.RequestUri!.AbsolutePath;
            _counts[path] = _counts.GetValueOrDefault(path) + 1;
        }

        return Task.FromResult(respond(request));
    }

    public static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}

/// <summary>A channel service's keys and a signer, served through <see cref="StubHttp"/>.</summary>
internal sealed class StubChannelKeys : IDisposable
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";

    public StubChannelKeys(int keySize = 2048) => Key = RSA.Create(keySize);

    public RSA Key { get; }

    public bool Down { get; set; }

    public StubHttp Http => new(request => Down
        ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
        : request.RequestUri!.AbsolutePath.EndsWith("openidconfiguration", StringComparison.Ordinal)
            ? StubHttp.Json(new JsonObject { ["jwks_uri"] = "https://login.test/v1/.well-known/keys" })
            : StubHttp.Json(new JsonObject { ["keys"] = new JsonArray(Jwk()) }));

    public string Sign(JsonObject payload, JsonObject? header = null)
    {
        header ??= new JsonObject { ["alg"] = "RS256", ["kid"] = "k1", ["typ"] = "JWT" };
        var input = $"{B64(header.ToJsonString())}.{B64(payload.ToJsonString())}";
        var signature = Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{input}.{Base64Url.EncodeToString(signature)}";
    }

    public void Dispose() => Key.Dispose();

    private JsonObject Jwk()
    {
        var p = Key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = "k1",
            ["n"] = Base64Url.EncodeToString(p.Modulus),
            ["e"] = Base64Url.EncodeToString(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
    }

    private static string B64(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
