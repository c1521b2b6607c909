using Microsoft.Extensions.Options;

namespace Portal.Modules.Licensing.Endpoints;

/// <summary>Serialises the API's own answer with the API's own options, so a webhook's license key is the retrieve's.</summary>
internal sealed class GetLicenseKeyResourceQueryHandler(ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IQueryHandler<GetLicenseKeyResourceQuery, JsonElement>
{
    public async Task<JsonElement> Handle(GetLicenseKeyResourceQuery query, CancellationToken cancellationToken)
    {
        var key = await sender.QueryAsync(new GetLicenseKeyQuery(query.BusinessId, query.Mode, query.LicenseKeyId), cancellationToken);
        return JsonSerializer.SerializeToElement(LicenseKeyResponse.From(key), json.Value.SerializerOptions);
    }
}
