using System.Text.Json.Nodes;
using CrampBot.BotFramework.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public sealed class JwtValidatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    private readonly StubChannelKeys _keys = new();
    private readonly StubHttp _http;
    private readonly ManualTimeProvider _time = new(Now);
    private readonly OpenIdMetadataCache _cache;
    private readonly JwtValidator _validator;

    public JwtValidatorTests()
    {
        var options = Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "app", OpenIdMetadataUrl = StubChannelKeys.MetadataUrl });
        _http = _keys.Http;
        _cache = new OpenIdMetadataCache(_http, options, _time, NullLogger<OpenIdMetadataCache>.Instance);
        _validator = new JwtValidator(_cache, options, _time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _cache.Dispose();
        _keys.Dispose();
        _http.Dispose();
    }

    [Theory]
    [InlineData(-4 * 60, null)]
    [InlineData(-6 * 60, "expired")]
    public async Task Expiry_allows_five_minutes_of_skew(int expiresInSeconds, string? failure)
    {
        var result = await Validate(Payload(exp: Now.AddSeconds(expiresInSeconds)));

        Assert.Equal(failure, result.Failure);
    }

    [Theory]
    [InlineData(4 * 60, null)]
    [InlineData(6 * 60, "not yet valid")]
    public async Task Not_before_allows_five_minutes_of_skew(int startsInSeconds, string? failure)
    {
        var result = await Validate(Payload(nbf: Now.AddSeconds(startsInSeconds)));

        Assert.Equal(failure, result.Failure);
    }

    [Fact]
    public async Task A_token_without_expiry_is_refused()
    {
        var payload = Payload();
        payload.Remove("exp");

        Assert.Equal("no expiry", (await Validate(payload)).Failure);
    }

    [Fact]
    public async Task An_audience_list_containing_the_app_is_accepted()
    {
        var payload = Payload();
        payload["aud"] = new JsonArray("other", "app");

        Assert.Null((await Validate(payload)).Failure);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("enc")]
    [InlineData("crit")]
    public async Task Compressed_encrypted_or_critical_headers_are_refused(string parameter)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = "k1", [parameter] = "DEF" };

        var result = await _validator.ValidateAsync(_keys.Sign(Payload(), header), Ct);

        Assert.Equal("unsupported header parameter", result.Failure);
    }

    [Fact]
    public async Task A_key_shorter_than_2048_bits_is_not_trusted()
    {
        using var weak = new StubChannelKeys(keySize: 1024);
        var options = Options.Create(new BotAuthenticationOptions { MicrosoftAppId = "app", OpenIdMetadataUrl = StubChannelKeys.MetadataUrl });
        using var http = weak.Http;
        using var cache = new OpenIdMetadataCache(http, options, _time, NullLogger<OpenIdMetadataCache>.Instance);

        var result = await new JwtValidator(cache, options, _time).ValidateAsync(weak.Sign(Payload()), Ct);

        Assert.Equal("bad signature", result.Failure);
    }

    [Fact]
    public async Task The_structural_checks_need_no_key_lookup()
    {
        await _validator.ValidateAsync("e30.e30.e30.e30.e30", Ct);
        await _validator.ValidateAsync(_keys.Sign(Payload(), new JsonObject { ["alg"] = "HS256", ["kid"] = "k1" }), Ct);

        Assert.Equal(0, _http.Count("openidconfiguration"));
    }

    [Fact]
    public async Task The_endorsements_of_the_signing_key_come_with_the_token()
    {
        var result = await Validate(Payload());

        Assert.Equal(["msteams"], result.Token!.Key.Endorsements);
        Assert.Equal("https://smba.test/", result.Token.GetClaim("serviceUrl"));
    }

    [Fact]
    public async Task Keys_are_fetched_again_after_a_day()
    {
        await Validate(Payload());
        _time.Advance(TimeSpan.FromHours(23));
        await Validate(Payload(exp: _time.Now.AddMinutes(30)));
        Assert.Equal(1, _http.Count("/keys"));

        _time.Advance(TimeSpan.FromHours(2));
        await Validate(Payload(exp: _time.Now.AddMinutes(30)));

        Assert.Equal(2, _http.Count("/keys"));
    }

    [Fact]
    public async Task A_metadata_outage_keeps_the_keys_already_known()
    {
        Assert.Null((await Validate(Payload())).Failure);
        _keys.Down = true;
        _time.Advance(TimeSpan.FromHours(25));

        var result = await Validate(Payload(exp: _time.Now.AddMinutes(30)));

        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task An_unknown_kid_refreshes_again_only_after_a_minute()
    {
        await Validate(Payload());
        var unknown = new JsonObject { ["alg"] = "RS256", ["kid"] = "rotated" };

        await _validator.ValidateAsync(_keys.Sign(Payload(), unknown), Ct);
        _time.Advance(TimeSpan.FromSeconds(30));
        await _validator.ValidateAsync(_keys.Sign(Payload(), unknown), Ct);
        Assert.Equal(1, _http.Count("/keys"));

        _time.Advance(TimeSpan.FromSeconds(31));
        await _validator.ValidateAsync(_keys.Sign(Payload(), unknown), Ct);

        Assert.Equal(2, _http.Count("/keys"));
    }

    private Task<JwtValidationResult> Validate(JsonObject payload) => _validator.ValidateAsync(_keys.Sign(payload), Ct);

    private JsonObject Payload(DateTimeOffset? exp = null, DateTimeOffset? nbf = null) => new()
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = "app",
        ["serviceurl"] = "https://smba.test/",
        ["nbf"] = (nbf ?? _time.Now.AddMinutes(-1)).ToUnixTimeSeconds(),
        ["exp"] = (exp ?? _time.Now.AddMinutes(30)).ToUnixTimeSeconds(),
    };
}
