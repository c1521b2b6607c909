namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// The merchant changes a customer (the API's <c>customers.update</c>, the admin area's edit form): each <c>Set…</c>
/// says whether that field was sent. The name cannot be emptied; a null phone or metadata removes it. The email cannot
/// change (it is how the customer signs in): an <paramref name="Email"/> other than the stored one is refused with
/// <c>EMAIL_CHANGE_NOT_SUPPORTED</c>, the same one (in any case) is accepted as no change.
/// </summary>
public sealed record UpdateCustomerCommand(
    BusinessId BusinessId,
    Mode Mode,
    CustomerId CustomerId,
    string? Email,
    string? Name,
    bool SetPhoneNumber,
    string? PhoneNumber,
    bool SetMetadata,
    IReadOnlyDictionary<string, string>? Metadata) : ICommand<CustomerDto>;
