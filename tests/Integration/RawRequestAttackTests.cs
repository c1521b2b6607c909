using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>Requests the in-memory test server cannot even carry, sent to the real Kestrel server.</summary>
public sealed class RawRequestAttackTests(KestrelDatabaseFixture fixture) : IClassFixture<KestrelDatabaseFixture>
{
    [Theory]
    [InlineData("/test/session/abc%00def")]
    [InlineData("/session/%00")]
    [InlineData("/test/login/bus_%00")]
    public async Task A_nul_byte_in_the_address_is_refused_without_a_server_error(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.Factory.BaseAddress };

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal(0L, await Database.ScalarAsync<long>(fixture.Factory, "SELECT count(*) FROM identity.portal_sessions"));
    }
}
