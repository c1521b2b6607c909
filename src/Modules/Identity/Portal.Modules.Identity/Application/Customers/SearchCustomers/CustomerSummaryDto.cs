using Portal.BuildingBlocks.Contracts;


namespace Portal.Modules.Identity.Application.Customers.SearchCustomers;

public sealed record CustomerSummaryDto(CustomerId CustomerId, string Email, string Name, DateTimeOffset CreatedAt);
