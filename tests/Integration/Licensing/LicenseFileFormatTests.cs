using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using NSec.Cryptography;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Application.LicenseFiles;

namespace Portal.Tests.Integration.Licensing;

public sealed class LicenseFileFormatTests : IDisposable
{
    private static readonly LicenseFileContent Content = new(
        "ACME-7F3K-Q9ZP-22XM",
        LicenseKeyId.FromTrusted("lic_0123456789abcdefghjkmnpqrs"),
        BusinessId.FromTrusted("bus_0123456789abcdefghjkmnpqrs"),
        Mode.Live,
        ProductId.FromTrusted("pdt_0123456789abcdefghjkmnpqrs"),
        "Acme Studio Pro — édition",
        CustomerId.FromTrusted("cus_0123456789abcdefghjkmnpqrs"),
        new DateTimeOffset(2027, 11, 28, 10, 30, 0, TimeSpan.Zero),
        3,
        new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero));

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    private byte[] PublicKey => _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    public void Dispose() => _key.Dispose();

    [Fact]
    public void A_signed_file_verifies_with_its_public_key_and_reads_back_what_was_signed()
    {
        var file = LicenseFileFormat.Sign(Content, _key, "0011223344556677");

        Assert.Equal(Content, LicenseFileFormat.Verify(file, PublicKey));
        var document = JsonNode.Parse(file)!;
        Assert.Equal("portal-license/1", (string?)document["format"]);
        Assert.Equal("0011223344556677", (string?)document["key_id"]);
    }

    [Fact]
    public void The_payload_is_snake_case_json_with_utc_seconds_and_nulls_for_no_expiry_or_limit()
    {
        var file = LicenseFileFormat.Sign(Content with { ExpiresAt = null, ActivationsLimit = null }, _key, "0011223344556677");

        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars((string)JsonNode.Parse(file)!["payload"]!));
        Assert.Equal(
            """{"license_key":"ACME-7F3K-Q9ZP-22XM","license_key_id":"lic_0123456789abcdefghjkmnpqrs","business_id":"bus_0123456789abcdefghjkmnpqrs","mode":"live","product_id":"pdt_0123456789abcdefghjkmnpqrs","product_name":"Acme Studio Pro \u2014 \u00E9dition","customer_id":"cus_0123456789abcdefghjkmnpqrs","expires_at":null,"activations_limit":null,"issued_at":"2026-11-28T10:30:00Z"}""",
            payload);
        Assert.Equal(Content with { ExpiresAt = null, ActivationsLimit = null }, LicenseFileFormat.Verify(file, PublicKey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(57)]
    [InlineData(-1)]
    public void Changing_one_byte_of_the_payload_fails_verification(int index)
    {
        var file = Tampered(LicenseFileFormat.Sign(Content, _key, "0011223344556677"), "payload", index);

        Assert.Null(LicenseFileFormat.Verify(file, PublicKey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(63)]
    public void Changing_one_byte_of_the_signature_fails_verification(int index)
    {
        var file = Tampered(LicenseFileFormat.Sign(Content, _key, "0011223344556677"), "signature", index);

        Assert.Null(LicenseFileFormat.Verify(file, PublicKey));
    }

    [Fact]
    public void Another_businesss_key_does_not_verify_the_file()
    {
        var file = LicenseFileFormat.Sign(Content, _key, "0011223344556677");
        using var otherKey = Key.Create(SignatureAlgorithm.Ed25519);

        Assert.Null(LicenseFileFormat.Verify(file, otherKey.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"format":"portal-license/2","payload":"e30","signature":"AA"}""")]
    [InlineData("""{"format":"portal-license/1","payload":"%%%","signature":"AA"}""")]
    [InlineData("""{"format":"portal-license/1","payload":"e30","signature":"AA"}""")]
    public void Anything_but_a_signed_file_is_refused_without_throwing(string file) =>
        Assert.Null(LicenseFileFormat.Verify(Encoding.UTF8.GetBytes(file), PublicKey));

    [Fact]
    public void A_public_key_that_is_not_32_bytes_verifies_nothing() =>
        Assert.Null(LicenseFileFormat.Verify(LicenseFileFormat.Sign(Content, _key, "0011223344556677"), new byte[31]));

    /// <summary>The file with one byte of the decoded field (negative index: from the end) changed.</summary>
    private static byte[] Tampered(byte[] file, string field, int index)
    {
        var document = JsonNode.Parse(file)!;
        var bytes = Base64Url.DecodeFromChars((string)document[field]!);
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;
        document[field] = Base64Url.EncodeToString(bytes);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
