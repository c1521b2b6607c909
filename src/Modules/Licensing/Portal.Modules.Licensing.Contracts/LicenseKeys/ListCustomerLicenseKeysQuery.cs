namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>
/// Every key of the customer's purchases at one business, newest first, with their instances. Kept in
/// memory until one of the customer's keys or instances changes, a key expires or a reset becomes possible
/// again (ADR 0019).
/// </summary>
public sealed record ListCustomerLicenseKeysQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : ICachedQuery<IReadOnlyList<CustomerLicenseKeyDto>>
{
    public ReadScope? ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);
}
