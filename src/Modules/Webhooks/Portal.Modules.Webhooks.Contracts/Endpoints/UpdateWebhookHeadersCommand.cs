namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>Adds or replaces custom headers (an empty value removes one); the signature headers cannot be set.</summary>
public sealed record UpdateWebhookHeadersCommand(BusinessId BusinessId, Mode Mode, string EndpointId, IReadOnlyDictionary<string, string> Headers) : ICommand<bool>;
