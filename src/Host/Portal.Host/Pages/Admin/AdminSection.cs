namespace Portal.Host.Pages.Admin;

/// <summary>The part of the admin area a page belongs to: the admin navigation marks it as current.</summary>
public enum AdminSection
{
    Home,
    Customers,
    Products,
    ProductCollections,
    Subscriptions,
    LicenseKeys,
    ApiKeys,
    Webhooks,
    Settings,
    Team,
    Activity,
    Account,
}
