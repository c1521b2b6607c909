using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

public sealed record ApiCaller(BusinessId BusinessId, Mode Mode);
