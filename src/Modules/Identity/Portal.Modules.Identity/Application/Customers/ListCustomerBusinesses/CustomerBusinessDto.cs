using Portal.BuildingBlocks.Contracts;


namespace Portal.Modules.Identity.Application.Customers.ListCustomerBusinesses;

public sealed record CustomerBusinessDto(
    BusinessId BusinessId,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    CustomerId CustomerId,
    string CustomerName,
    string CustomerEmail);
