namespace Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

internal sealed record ApiCaller(BusinessId BusinessId, Mode Mode);
