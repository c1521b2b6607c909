namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>How a product is paid for: once, every period, or every period for what was used.</summary>
public enum ProductKind
{
    [JsonStringEnumMemberName("one_time")]
    OneTime,

    [JsonStringEnumMemberName("subscription")]
    Subscription,

    [JsonStringEnumMemberName("usage_based")]
    UsageBased,
}
