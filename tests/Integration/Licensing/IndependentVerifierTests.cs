using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>
/// A license file, as the customer downloads it from the portal, checked by code that shares nothing with Portal's: Node's <c>crypto.verify</c>
/// (Licensing/verify-license-file.mjs) with the PEM the public endpoint publishes.
/// </summary>
public sealed class IndependentVerifierTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Node_verifies_the_file_the_customer_downloads_and_rejects_it_after_one_payload_byte_changes()
    {
        var (business, customer, key) = await LicensingArrangement.KeyAsync(Factory, activationLimit: 3, durationDays: 365);
        var file = await DownloadAsync(business, customer, key.Id);
        var published = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/test/licenses/public-key/{business.Value}");
        var pem = published.GetProperty("public_key_pem").GetString()!;

        var genuine = await VerifyWithNodeAsync(file, pem);
        var tampered = await VerifyWithNodeAsync(WithOnePayloadByteChanged(file), pem);

        Assert.True(genuine.GetProperty("verified").GetBoolean(), genuine.GetRawText());
        var license = genuine.GetProperty("license");
        Assert.Equal(key.Key, license.GetProperty("license_key").GetString());
        Assert.Equal(key.Id, license.GetProperty("license_key_id").GetString());
        Assert.Equal(business.Value, license.GetProperty("business_id").GetString());
        Assert.Equal(customer.Value, license.GetProperty("customer_id").GetString());
        Assert.Equal("test", license.GetProperty("mode").GetString());
        Assert.Equal("Desktop app", license.GetProperty("product_name").GetString());
        Assert.Equal(3, license.GetProperty("activations_limit").GetInt32());
        Assert.Equal(key.ExpiresAt!.Value, license.GetProperty("expires_at").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        Assert.False(tampered.GetProperty("verified").GetBoolean(), tampered.GetRawText());
    }

    [Fact]
    public async Task Node_rejects_the_file_with_the_other_modes_key()
    {
        var (business, customer, key) = await LicensingArrangement.KeyAsync(Factory);
        var file = await DownloadAsync(business, customer, key.Id);
        var liveKey = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/licenses/public-key/{business.Value}");

        var verdict = await VerifyWithNodeAsync(file, liveKey.GetProperty("public_key_pem").GetString()!);

        Assert.False(verdict.GetProperty("verified").GetBoolean(), verdict.GetRawText());
    }

    [Fact]
    public async Task Another_customers_key_or_a_disabled_one_gives_no_file()
    {
        var (business, customer, key) = await LicensingArrangement.KeyAsync(Factory);
        var (_, _, othersKey) = await LicensingArrangement.KeyAsync(Factory);
        var browser = await LicensingArrangement.SignInAsync(Factory, business, customer);

        var (foreign, _) = await browser.GetAsync($"/test/portal/licenses/{othersKey.Id}/file");
        await Factory.SendAsync(s => s.SendAsync(new UpdateLicenseKeyCommand(business, Mode.Test, key.Id, false, null, true, false, null)));
        var (disabled, _) = await browser.GetAsync($"/test/portal/licenses/{key.Id}/file");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disabled.StatusCode);
    }

    private async Task<byte[]> DownloadAsync(BusinessId business, CustomerId customer, string keyId)
    {
        var browser = await LicensingArrangement.SignInAsync(Factory, business, customer);
        var (response, _) = await browser.GetAsync($"/test/portal/licenses/{keyId}/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{keyId}.license.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
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
