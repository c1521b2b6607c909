namespace Portal.Modules.Webhooks.Domain.Endpoints;

/// <summary>
/// Where a merchant's server wants to hear of events, in one business and mode: its URL, the events it
/// takes (none listed = all), custom headers sent with each delivery, and its signing secret, kept
/// encrypted (<see cref="ProtectedSecret"/>).
/// </summary>
internal sealed class WebhookEndpoint
{
    public const int MaxPerBusinessAndMode = 20;
    public const int MaxUrlLength = 2048;
    public const int MaxDescriptionLength = 500;
    public const int MaxMetadataEntries = 50;
    public const int MaxHeaders = 20;
    public const int MaxTextLength = 500;

    /// <summary>How long a rolled-over secret keeps signing deliveries next to the new one.</summary>
    public static readonly TimeSpan PreviousSecretLifetime = TimeSpan.FromHours(24);

    /// <summary>How long an endpoint may fail every attempt before it is disabled and its owners are told.</summary>
    public static readonly TimeSpan FailingLimit = TimeSpan.FromDays(5);

    /// <summary>Headers a merchant cannot set: the signature's, and what HTTP itself decides.</summary>
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "host", "transfer-encoding", "connection",
    };

    private WebhookEndpoint()
    {
    }

    public WebhookEndpointId Id { get; private set; }

    /// <summary>The order endpoints were created in (the database numbers them): the list's cursor follows it.</summary>
    public long Sequence { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>Wire names of the events the endpoint takes; empty takes every event.</summary>
    public string[] FilterTypes { get; private set; } = [];

    public bool Disabled { get; private set; }

    /// <summary>When its attempts began to fail without one succeeding since; null while it answers.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public Dictionary<string, string> Headers { get; private set; } = [];

    public Dictionary<string, string> Metadata { get; private set; } = [];

    public int? RateLimit { get; private set; }

    public string ProtectedSecret { get; private set; } = string.Empty;

    /// <summary>The secret before the last roll, still signing deliveries until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookEndpoint Create(
        BusinessId businessId, Mode mode, WebhookEndpointInput input, IReadOnlyDictionary<string, string>? headers, string protectedSecret, string? idempotencyKey, DateTimeOffset now)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = PrefixedId.New<WebhookEndpointId>(),
            BusinessId = businessId,
            Mode = mode,
            ProtectedSecret = protectedSecret,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
        };
        endpoint.Update(input with { Url = input.Url ?? throw Invalid("INVALID_URL", "url is required.") }, now);
        endpoint.SetHeaders(headers ?? new Dictionary<string, string>(), now);
        return endpoint;
    }

    public bool Takes(WebhookEventType type) => !Disabled && (FilterTypes.Length == 0 || FilterTypes.Contains(Wire.Name(type)));

    public void Update(WebhookEndpointInput input, DateTimeOffset now)
    {
        if (input.Url is { } url)
        {
            Url = url.Length <= MaxUrlLength ? url : throw Invalid("INVALID_URL", $"url is at most {MaxUrlLength} characters.");
        }

        if (input.Description is { } description)
        {
            Description = description.Length <= MaxDescriptionLength ? description : throw Invalid("INVALID_FIELD", $"description is at most {MaxDescriptionLength} characters.");
        }

        if (input.FilterTypes is { } types)
        {
            FilterTypes = [.. types.Select(t => Wire.TryParse<WebhookEventType>(t, out var type) ? Wire.Name(type) : throw Invalid("INVALID_FILTER_TYPE", $"{t} is not an event type.")).Distinct()];
        }

        if (input.Disabled is { } disabled)
        {
            Disabled = disabled;
            // Enabled again: its failures start counting afresh.
            FailingSince = disabled ? FailingSince : null;
        }

        if (input.Metadata is { } metadata)
        {
            Metadata = metadata.Count <= MaxMetadataEntries && metadata.All(e => e.Key.Length is > 0 and <= 100 && e.Value.Length <= MaxTextLength)
                ? new Dictionary<string, string>(metadata)
                : throw Invalid("INVALID_FIELD", $"metadata has at most {MaxMetadataEntries} entries, keys of 1 to 100 characters and values of at most {MaxTextLength}.");
        }

        if (input.SetRateLimit)
        {
            RateLimit = input.RateLimit is null or (>= 1 and <= 10_000) ? input.RateLimit : throw Invalid("INVALID_FIELD", "rate_limit is between 1 and 10000 deliveries a second.");
        }

        UpdatedAt = now;
    }

    /// <summary>Adds or replaces headers; an empty value removes one.</summary>
    public void SetHeaders(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        var merged = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (ReservedHeaders.Contains(name))
            {
                throw Invalid("RESERVED_HEADER", $"{name} is set by the platform and cannot be changed.");
            }

            if (name.Length is 0 or > 100 || !name.All(IsTokenChar) || value.Length > MaxTextLength || value.Any(char.IsControl))
            {
                throw Invalid("INVALID_HEADER", $"{name} is not a valid header name and value.");
            }

            if (value.Length == 0)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value;
            }
        }

        Headers = merged.Count <= MaxHeaders ? new Dictionary<string, string>(merged, StringComparer.Ordinal) : throw Invalid("INVALID_HEADER", $"An endpoint has at most {MaxHeaders} headers.");
        UpdatedAt = now;
    }

    /// <summary>A new secret; the current one goes on signing next to it for <see cref="PreviousSecretLifetime"/>.</summary>
    public void RollSecret(string protectedSecret, DateTimeOffset now)
    {
        PreviousProtectedSecret = ProtectedSecret;
        PreviousSecretExpiresAt = now + PreviousSecretLifetime;
        ProtectedSecret = protectedSecret;
        UpdatedAt = now;
    }

    /// <summary>The secrets a delivery is signed with now: the current one, and the previous one until it expires.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    public WebhookEndpointDto ToDto() =>
        new(Id.Value, Url, Description, [.. FilterTypes.Select(Wire.Parse<WebhookEventType>)], Disabled, Metadata, RateLimit, CreatedAt, UpdatedAt, FailingSince);

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);

    private static DomainException Invalid(string code, string message) => new(Error.Validation(code, message));
}
