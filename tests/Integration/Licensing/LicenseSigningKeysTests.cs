using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Application.LicenseFiles;
using Portal.Modules.Licensing.Domain.SigningKeys;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The businesses' signing key pairs: one per business and mode, made once, the private key stored only protected.</summary>
public sealed class LicenseSigningKeysTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Concurrent_first_uses_make_one_key_pair_per_business_and_mode()
    {
        var business = await CreateBusinessAsync();

        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => GetOrCreateAsync(business, Mode.Live))));

        Assert.Single(keys.Select(k => k.KeyId).Distinct());
        Assert.Equal(1L, await RowCountAsync(business));
    }

    [Fact]
    public async Task Test_and_live_never_share_a_key_pair()
    {
        var business = await CreateBusinessAsync();

        var test = await GetOrCreateAsync(business, Mode.Test);
        var live = await GetOrCreateAsync(business, Mode.Live);

        Assert.NotEqual(test.KeyId, live.KeyId);
        Assert.NotEqual(test.PublicKey, live.PublicKey);
        Assert.Equal(test.KeyId, (await GetOrCreateAsync(business, Mode.Test)).KeyId);
        Assert.Equal(2L, await RowCountAsync(business));
    }

    [Fact]
    public async Task The_stored_private_key_is_unusable_without_unprotecting_it()
    {
        var business = await CreateBusinessAsync();
        var stored = await GetOrCreateAsync(business, Mode.Live);
        var column = await Database.ScalarAsync<byte[]>(
            Factory, $"SELECT protected_private_key FROM licensing.signing_keys WHERE business_id = '{business.Value}' AND mode = 'Live'");

        // No 32 bytes of the column, read as a raw Ed25519 private key, are the pair's private key.
        Assert.True(column.Length > 32);
        for (var offset = 0; offset + 32 <= column.Length; offset++)
        {
            using var candidate = Key.Import(SignatureAlgorithm.Ed25519, column.AsSpan(offset, 32), KeyBlobFormat.RawPrivateKey);
            Assert.NotEqual(stored.PublicKey, candidate.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        }

        // Unprotected, it is the pair's private key: what it signs, the public key verifies.
        await using var scope = Factory.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<LicenseSigningKeys>();
        using (var privateKey = keys.PrivateKeyOf(stored))
        {
            var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, stored.PublicKey, KeyBlobFormat.RawPublicKey);
            Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, "probe"u8, SignatureAlgorithm.Ed25519.Sign(privateKey, "probe"u8)));
        }

        // The ciphertext is bound to its business and mode: moved to another row, it does not unprotect.
        var moved = LicenseSigningKey.Create(business, Mode.Test, stored.PublicKey, stored.ProtectedPrivateKey, Factory.Time.GetUtcNow());
        Assert.ThrowsAny<CryptographicException>(() => keys.PrivateKeyOf(moved).Dispose());
    }

    [Fact]
    public async Task A_signed_file_verifies_with_the_businesss_stored_public_key_of_its_mode()
    {
        var business = await CreateBusinessAsync();
        var content = LicenseFiles.Content(business, Mode.Test, Factory.Time.GetUtcNow());

        var file = await LicenseFiles.SignAsync(Factory, content);

        var test = await GetOrCreateAsync(business, Mode.Test);
        var live = await GetOrCreateAsync(business, Mode.Live);
        Assert.NotNull(LicenseFileFormat.Verify(file, test.PublicKey));
        Assert.Null(LicenseFileFormat.Verify(file, live.PublicKey));
        Assert.Contains($"\"key_id\":\"{test.KeyId}\"", System.Text.Encoding.UTF8.GetString(file), StringComparison.Ordinal);
    }

    private async Task<LicenseSigningKey> GetOrCreateAsync(BusinessId business, Mode mode)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LicenseSigningKeys>().GetOrCreateAsync(business, mode, CancellationToken.None);
    }

    private Task<long> RowCountAsync(BusinessId business) =>
        Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM licensing.signing_keys WHERE business_id = '{business.Value}'");
}
