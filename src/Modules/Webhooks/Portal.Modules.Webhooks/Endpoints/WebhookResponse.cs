namespace Portal.Modules.Webhooks.Endpoints;

/// <summary>Dodo's <c>WebhookDetails</c>.</summary>
internal sealed record WebhookResponse(
    string Id,
    DateTimeOffset CreatedAt,
    string Description,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset UpdatedAt,
    string Url,
    bool Disabled,
    IReadOnlyList<string>? FilterTypes,
    int? RateLimit)
{
    public static WebhookResponse From(WebhookEndpointDto e) =>
        new(e.Id, e.CreatedAt, e.Description, e.Metadata, e.UpdatedAt, e.Url, e.Disabled, e.FilterTypes.Count == 0 ? null : [.. e.FilterTypes.Select(Wire.Name)], e.RateLimit);
}

/// <summary>Dodo's cursor page: <see cref="Iterator"/> is null on the last page.</summary>
internal sealed record WebhookListResponse(IReadOnlyList<WebhookResponse> Data, string? Iterator, bool Done);

internal sealed record WebhookSecretResponse(string Secret);

/// <summary>Dodo's headers answer; no header is marked sensitive here, since only the key's holder can read them.</summary>
internal sealed record WebhookHeadersResponse(IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> Sensitive);
