namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// How other modules address customers (emails, invoice snapshots, API answers) without keeping a copy
/// of Identity's data (ADR 0005), in one round trip. Unknown ids are simply absent from the answer.
/// </summary>
public sealed record GetCustomerContactsQuery(string BusinessId, Mode Mode, IReadOnlyCollection<string> CustomerIds)
    : IQuery<IReadOnlyDictionary<string, CustomerContact>>;
