using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// How other modules address a customer (emails, invoice snapshots) without keeping a copy of Identity's
/// data (ADR 0005). Null when the customer is unknown in that business and mode.
/// </summary>
public sealed record GetCustomerContactQuery(string BusinessId, Mode Mode, string CustomerId) : IQuery<CustomerContact?>;
