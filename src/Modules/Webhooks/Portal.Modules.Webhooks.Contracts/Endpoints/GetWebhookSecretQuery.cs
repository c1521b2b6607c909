namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>The endpoint's signing secret (<c>whsec_…</c>), stored encrypted and shown only on request.</summary>
public sealed record GetWebhookSecretQuery(BusinessId BusinessId, Mode Mode, string EndpointId) : IQuery<string>;
