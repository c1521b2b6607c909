namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>A business gained a customer in one mode. Email and name stay in Identity (ADR 0005).</summary>
[MessageName("identity.customer_created")]
public sealed record CustomerCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string CustomerId,
    string BusinessId,
    Mode Mode) : IntegrationEvent(EventId, OccurredOnUtc);
