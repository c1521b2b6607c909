using Portal.BuildingBlocks.Contracts;

namespace Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

public sealed record ApiCaller(BusinessId BusinessId, Mode Mode);
