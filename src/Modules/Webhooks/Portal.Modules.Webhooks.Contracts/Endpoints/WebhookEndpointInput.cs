namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>
/// What a create or an update sets. On an update a null field is left as it is, except where its
/// <c>Set…</c> flag says the caller sent it (a null there clears it).
/// </summary>
public sealed record WebhookEndpointInput(
    string? Url = null,
    string? Description = null,
    IReadOnlyList<string>? FilterTypes = null,
    bool? Disabled = null,
    IReadOnlyDictionary<string, string>? Metadata = null,
    bool SetRateLimit = false,
    int? RateLimit = null);
