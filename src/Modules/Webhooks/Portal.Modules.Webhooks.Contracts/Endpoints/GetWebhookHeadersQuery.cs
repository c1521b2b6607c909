namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>The custom headers sent with every delivery to the endpoint.</summary>
public sealed record GetWebhookHeadersQuery(BusinessId BusinessId, Mode Mode, string EndpointId) : IQuery<IReadOnlyDictionary<string, string>>;
