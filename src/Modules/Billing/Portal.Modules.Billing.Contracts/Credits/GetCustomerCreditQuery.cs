namespace Portal.Modules.Billing.Contracts.Credits;

/// <summary>A customer's credit balances (one per currency with credit left), used first by the next charges.</summary>
public sealed record GetCustomerCreditQuery(string BusinessId, Mode Mode, string CustomerId) : IQuery<IReadOnlyList<CustomerCreditBalance>>;

/// <summary>Credit left in one currency, in minor units (tax included: it pays totals).</summary>
public sealed record CustomerCreditBalance(string Currency, long Amount);
