using System.Text.Json;

namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>The license key exactly as <c>GET /license_keys/{id}</c> answers it, for webhooks' <c>data</c>; 404 like it.</summary>
public sealed record GetLicenseKeyResourceQuery(BusinessId BusinessId, Mode Mode, string LicenseKeyId) : IQuery<JsonElement>;
