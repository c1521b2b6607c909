namespace Portal.Modules.Identity.Contracts.ApiKeys;

/// <summary>The API keys of one business in one mode, revoked ones included, newest first.</summary>
public sealed record ListApiKeysQuery(BusinessId BusinessId, Mode Mode) : IQuery<IReadOnlyList<ApiKeyDto>>;
