using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

/// <summary>Who a bearer key belongs to, or null when it is unknown or revoked.</summary>
internal sealed record AuthenticateApiKeyQuery(string Key) : IQuery<ApiCaller?>;
