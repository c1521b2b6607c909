namespace Portal.Modules.Identity.Contracts.ApiKeys;

/// <summary>One key of one business in one mode; NOT_FOUND for any other business's or mode's key.</summary>
public sealed record GetApiKeyQuery(BusinessId BusinessId, Mode Mode, Guid ApiKeyId) : IQuery<ApiKeyDto>;
