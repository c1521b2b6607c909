namespace Portal.Modules.Subscriptions.Domain.Products;

/// <summary>How a product is paid for: once, every period, or every period for what was used.</summary>
internal enum ProductKind
{
    OneTime,
    Subscription,
    UsageBased,
}
