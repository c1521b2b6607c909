namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>
/// The endpoints of a business and mode, oldest first, by cursor (Dodo's <c>iterator</c>): the page after
/// the endpoint whose id is <paramref name="Iterator"/>, or the first page.
/// </summary>
public sealed record ListWebhookEndpointsQuery(BusinessId BusinessId, Mode Mode, string? Iterator, int Limit) : IQuery<WebhookEndpointPage>;

/// <summary>A page of endpoints; <see cref="Iterator"/> is the cursor of the next page, null on the last.</summary>
public sealed record WebhookEndpointPage(IReadOnlyList<WebhookEndpointDto> Data, string? Iterator);
