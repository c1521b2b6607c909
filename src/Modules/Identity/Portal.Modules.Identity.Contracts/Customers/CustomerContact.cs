namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>A customer's name and email with their business's name, support address, colours and invoice details.</summary>
public sealed record CustomerContact(
    string CustomerName,
    string CustomerEmail,
    string BusinessName,
    string? BusinessSupportEmail,
    string AccentColor,
    string ForegroundOnAccent,
    string? BusinessLegalAddress,
    string? BusinessTaxId);
