using System.Buffers.Text;
using System.Globalization;
using NSec.Cryptography;

namespace Portal.Modules.Licensing.Application.LicenseFiles;

/// <summary>
/// The <c>portal-license/1</c> file: <c>{"format","key_id","payload","signature"}</c>, where payload is
/// the base64url of the UTF-8 JSON payload and signature the base64url Ed25519 signature of exactly
/// those bytes. Signing bytes rather than a JSON value spares every verifier a canonicalisation.
/// </summary>
internal static class LicenseFileFormat
{
    public const string Format = "portal-license/1";

    public const string Algorithm = "Ed25519";

    /// <summary>A real file is well under 2 kB; anything far larger is not one of ours and is not parsed.</summary>
    public const int MaxFileBytes = 64 * 1024;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static SignatureAlgorithm Ed25519 => SignatureAlgorithm.Ed25519;

    public static byte[] Sign(LicenseFileContent content, Key privateKey, string keyId)
    {
        var payload = Payload(content);
        var signature = Ed25519.Sign(privateKey, payload);

        using var file = new MemoryStream();
        using (var writer = new Utf8JsonWriter(file))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("key_id", keyId);
            writer.WriteString("payload", Base64Url.EncodeToString(payload));
            writer.WriteString("signature", Base64Url.EncodeToString(signature));
            writer.WriteEndObject();
        }

        return file.ToArray();
    }

    /// <summary>
    /// The file's content when it is a <c>portal-license/1</c> file whose signature <paramref name="publicKey"/>
    /// (raw 32 bytes) verifies; null for anything else: another format, a changed byte, another key.
    /// </summary>
    public static LicenseFileContent? Verify(ReadOnlySpan<byte> file, ReadOnlySpan<byte> publicKey)
    {
        if (file.Length > MaxFileBytes
            || !PublicKey.TryImport(Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
            || key is null)
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize<FileDocument>(file, Json);
            if (document is not { Format: Format, Payload: { } encodedPayload, Signature: { } encodedSignature })
            {
                return null;
            }

            var payload = Base64Url.DecodeFromChars(encodedPayload);
            var signature = Base64Url.DecodeFromChars(encodedSignature);
            return signature.Length == Ed25519.SignatureSize && Ed25519.Verify(key, payload, signature) ? Read(payload) : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The payload's exact bytes: fields in a fixed order, snake_case, times as UTC seconds.</summary>
    private static byte[] Payload(LicenseFileContent content)
    {
        using var payload = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("license_key", content.LicenseKey);
            writer.WriteString("license_key_id", content.LicenseKeyId.Value);
            writer.WriteString("business_id", content.BusinessId.Value);
            writer.WriteString("mode", content.Mode == Mode.Live ? "live" : "test");
            writer.WriteString("product_id", content.ProductId.Value);
            writer.WriteString("product_name", content.ProductName);
            writer.WriteString("customer_id", content.CustomerId.Value);
            if (content.ExpiresAt is { } expiresAt)
            {
                writer.WriteString("expires_at", Time(expiresAt));
            }
            else
            {
                writer.WriteNull("expires_at");
            }

            if (content.ActivationsLimit is { } limit)
            {
                writer.WriteNumber("activations_limit", limit);
            }
            else
            {
                writer.WriteNull("activations_limit");
            }

            writer.WriteString("issued_at", Time(content.IssuedAt));
            writer.WriteEndObject();
        }

        return payload.ToArray();
    }

    // Only ever called on bytes our own key signed, so the fields are there and well formed.
    private static LicenseFileContent Read(byte[] payload)
    {
        var fields = JsonSerializer.Deserialize<PayloadDocument>(payload, Json)!;
        return new LicenseFileContent(
            fields.LicenseKey,
            LicenseKeyId.FromTrusted(fields.LicenseKeyId),
            BusinessId.FromTrusted(fields.BusinessId),
            fields.Mode == "live" ? Mode.Live : Mode.Test,
            ProductId.FromTrusted(fields.ProductId),
            fields.ProductName,
            CustomerId.FromTrusted(fields.CustomerId),
            fields.ExpiresAt is { } expiresAt ? ParseTime(expiresAt) : null,
            fields.ActivationsLimit,
            ParseTime(fields.IssuedAt));
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string time) =>
        DateTimeOffset.ParseExact(time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record FileDocument(string? Format, string? Payload, string? Signature);

    private sealed record PayloadDocument(
        string LicenseKey,
        string LicenseKeyId,
        string BusinessId,
        string Mode,
        string ProductId,
        string ProductName,
        string CustomerId,
        string? ExpiresAt,
        int? ActivationsLimit,
        string IssuedAt);
}
