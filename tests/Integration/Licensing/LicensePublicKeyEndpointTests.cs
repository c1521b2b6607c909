using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary><c>GET /licenses/public-key/{business_id}</c>: public, per mode, and 404 (never 5xx, never a new key pair) for a business that does not exist.</summary>
public sealed class LicensePublicKeyEndpointTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Anyone_gets_a_businesss_public_key_of_each_mode_without_an_api_key()
    {
        var business = await CreateBusinessAsync();
        var client = Factory.CreateClient();

        var live = await client.GetFromJsonAsync<JsonElement>($"/licenses/public-key/{business.Value}");
        var test = await client.GetFromJsonAsync<JsonElement>($"/test/licenses/public-key/{business.Value}");

        Assert.Equal(business.Value, live.GetProperty("business_id").GetString());
        Assert.Equal("live", live.GetProperty("mode").GetString());
        Assert.Equal("test", test.GetProperty("mode").GetString());
        Assert.Equal("Ed25519", live.GetProperty("algorithm").GetString());
        Assert.Matches("^[0-9a-f]{16}$", live.GetProperty("key_id").GetString());
        Assert.NotEqual(live.GetProperty("key_id").GetString(), test.GetProperty("key_id").GetString());

        // The PEM is the SPKI of the same 32 raw bytes (.NET reads SPKI structure, not Ed25519 keys).
        var raw = Convert.FromBase64String(live.GetProperty("public_key").GetString()!);
        Assert.Equal(32, raw.Length);
        var pem = live.GetProperty("public_key_pem").GetString()!;
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----\n", pem, StringComparison.Ordinal);
        var spki = PemEncoding.Find(pem);
        Assert.Equal("PUBLIC KEY", pem[spki.Label]);
        Assert.Equal([.. Convert.FromHexString("302a300506032b6570032100"), .. raw], Convert.FromBase64String(pem[spki.Base64Data]));

        Assert.Equal(live.GetRawText(), (await client.GetFromJsonAsync<JsonElement>($"/licenses/public-key/{business.Value}")).GetRawText());
    }

    [Theory]
    [InlineData("bus_0123456789abcdefghjkmnpqrs")]
    [InlineData("bus_")]
    [InlineData("bus_short")]
    [InlineData("bus_!!!!!!!!!!")]
    [InlineData("cus_0123456789abcdefghjkmnpqrs")]
    [InlineData("not-an-id")]
    [InlineData("bus_0123456789abcdefghjkmnpqrs0123456789abcdefghjkmnpqrs0123456789abcdefghjkmnpqrs")]
    public async Task An_unknown_or_malformed_business_is_404_and_gets_no_key_pair(string businessId)
    {
        await CreateBusinessAsync();
        var client = Factory.CreateClient();

        foreach (var path in (string[])[$"/licenses/public-key/{Uri.EscapeDataString(businessId)}", $"/test/licenses/public-key/{Uri.EscapeDataString(businessId)}"])
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("NOT_FOUND", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM licensing.signing_keys"));
    }
}
