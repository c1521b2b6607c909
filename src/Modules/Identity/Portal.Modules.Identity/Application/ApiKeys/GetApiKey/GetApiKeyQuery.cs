using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Identity.Application.ApiKeys.ListApiKeys;

namespace Portal.Modules.Identity.Application.ApiKeys.GetApiKey;

/// <summary>One key of one business in one mode; NOT_FOUND for any other business's or mode's key.</summary>
public sealed record GetApiKeyQuery(BusinessId BusinessId, Mode Mode, Guid ApiKeyId) : IQuery<ApiKeyDto>;
