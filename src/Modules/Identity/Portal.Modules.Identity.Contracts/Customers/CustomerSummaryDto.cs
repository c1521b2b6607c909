namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record CustomerSummaryDto(CustomerId CustomerId, string Email, string Name, DateTimeOffset CreatedAt);
