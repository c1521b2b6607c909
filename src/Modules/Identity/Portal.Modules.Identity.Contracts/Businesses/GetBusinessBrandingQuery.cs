namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>How a business's public pages look; NOT_FOUND for an unknown business.</summary>
public sealed record GetBusinessBrandingQuery(BusinessId BusinessId) : IQuery<BusinessBrandingDto>;
