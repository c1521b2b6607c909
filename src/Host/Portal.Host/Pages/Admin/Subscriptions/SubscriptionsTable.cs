namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// Rows of subscriptions as the subscriptions list and a customer's page show them; with
/// <paramref name="CustomerNames"/> (customer id → name) a column links each row to its customer.
/// </summary>
public sealed record SubscriptionsTable(
    AdminPageModel Page, IReadOnlyList<SubscriptionDto> Items, string Caption, IReadOnlyDictionary<string, string>? CustomerNames = null);
