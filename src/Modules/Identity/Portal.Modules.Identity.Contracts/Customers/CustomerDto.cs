namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record CustomerDto(
    CustomerId CustomerId,
    BusinessId BusinessId,
    string Email,
    string Name,
    string? PhoneNumber,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset? BlockedAt);
