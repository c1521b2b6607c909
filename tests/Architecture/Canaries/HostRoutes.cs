// Route canary: a literal naming a page of the Host, as a module must never write one.
namespace Portal.Tests.Architecture.Canaries.HostRoutes;

internal static class LinksToAHostPage
{
    public static string SubscriptionPage(string id) => $"/portal/subscriptions/{id}";
}

/// <summary>Spared: a module's own JSON API route is not a page of the Host.</summary>
internal static class NamesItsOwnApiRoute
{
    public static string PortalSessionRoute() => "/customers/{customer_id}/customer-portal/session";
}
