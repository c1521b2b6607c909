namespace Portal.Modules.Subscriptions.Domain.Products;

internal enum IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}
