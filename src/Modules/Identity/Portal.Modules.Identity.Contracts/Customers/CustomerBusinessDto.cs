namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record CustomerBusinessDto(
    BusinessId BusinessId,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    CustomerId CustomerId,
    string CustomerName,
    string CustomerEmail);
