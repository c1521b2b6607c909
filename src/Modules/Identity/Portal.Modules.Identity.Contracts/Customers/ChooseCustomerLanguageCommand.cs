namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// The portal's language switch: the signed-in customer is written to in <paramref name="Language"/> from now on, emails
/// and documents included. A session of one business names its customer; a unified-portal session names its email,
/// and every customer of that email in the mode takes the choice. An unsupported language is refused (422).
/// </summary>
public sealed record ChooseCustomerLanguageCommand(Mode Mode, CustomerId? CustomerId, string? UnifiedEmail, string Language) : ICommand;
