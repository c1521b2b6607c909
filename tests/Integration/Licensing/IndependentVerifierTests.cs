using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>
/// A license file checked by code that shares nothing with Portal's: Node's <c>crypto.verify</c>
/// (Licensing/verify-license-file.mjs) with the PEM the public endpoint publishes.
/// </summary>
public sealed class IndependentVerifierTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Node_verifies_the_file_with_the_published_key_and_rejects_it_after_one_payload_byte_changes()
    {
        var business = await CreateBusinessAsync();
        var content = LicenseFiles.Content(business, Mode.Live, Factory.Time.GetUtcNow());
        var file = await LicenseFiles.SignAsync(Factory, content);
        var published = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/licenses/public-key/{business.Value}");
        var pem = published.GetProperty("public_key_pem").GetString()!;

        var genuine = await VerifyWithNodeAsync(file, pem);
        var tampered = await VerifyWithNodeAsync(WithOnePayloadByteChanged(file), pem);

        Assert.True(genuine.GetProperty("verified").GetBoolean(), genuine.GetRawText());
        var license = genuine.GetProperty("license");
        Assert.Equal(content.LicenseKey, license.GetProperty("license_key").GetString());
        Assert.Equal(business.Value, license.GetProperty("business_id").GetString());
        Assert.Equal("live", license.GetProperty("mode").GetString());
        Assert.Equal(content.ProductName, license.GetProperty("product_name").GetString());
        Assert.Equal(3, license.GetProperty("activations_limit").GetInt32());
        Assert.Equal(content.ExpiresAt, license.GetProperty("expires_at").GetDateTimeOffset());
        Assert.False(tampered.GetProperty("verified").GetBoolean(), tampered.GetRawText());
    }

    [Fact]
    public async Task Node_rejects_the_file_with_the_other_modes_key()
    {
        var business = await CreateBusinessAsync();
        var file = await LicenseFiles.SignAsync(Factory, LicenseFiles.Content(business, Mode.Live, Factory.Time.GetUtcNow()));
        var testKey = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/test/licenses/public-key/{business.Value}");

        var verdict = await VerifyWithNodeAsync(file, testKey.GetProperty("public_key_pem").GetString()!);

        Assert.False(verdict.GetProperty("verified").GetBoolean(), verdict.GetRawText());
    }

    private static byte[] WithOnePayloadByteChanged(byte[] file)
    {
        var document = JsonNode.Parse(file)!;
        var payload = Base64Url.DecodeFromChars((string)document["payload"]!);
        payload[payload.Length / 2] ^= 0x01;
        document["payload"] = Base64Url.EncodeToString(payload);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    private static async Task<JsonElement> VerifyWithNodeAsync(byte[] file, string pem)
    {
        var directory = Directory.CreateTempSubdirectory("portal-license-");
        try
        {
            var filePath = Path.Combine(directory.FullName, "license.json");
            var pemPath = Path.Combine(directory.FullName, "public-key.pem");
            await File.WriteAllBytesAsync(filePath, file);
            await File.WriteAllTextAsync(pemPath, pem);

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Licensing", "verify-license-file.mjs"), filePath, pemPath])
            {
                start.ArgumentList.Add(argument);
            }

            using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (20 or later must be on PATH).");
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            await node.WaitForExitAsync(timeout.Token);
            Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await stderr}");
            return JsonDocument.Parse(await stdout).RootElement.Clone();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
