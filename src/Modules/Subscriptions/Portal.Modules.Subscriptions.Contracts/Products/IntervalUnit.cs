namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>The unit of a recurring product's billing period.</summary>
public enum IntervalUnit
{
    [JsonStringEnumMemberName("day")]
    Day,

    [JsonStringEnumMemberName("week")]
    Week,

    [JsonStringEnumMemberName("month")]
    Month,

    [JsonStringEnumMemberName("year")]
    Year,
}
