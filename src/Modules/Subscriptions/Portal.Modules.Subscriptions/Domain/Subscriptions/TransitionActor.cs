namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>Who caused a change: the customer in the portal, the merchant (admin area or API), or a job.</summary>
internal enum TransitionActor
{
    Customer,
    Merchant,
    System,
}
