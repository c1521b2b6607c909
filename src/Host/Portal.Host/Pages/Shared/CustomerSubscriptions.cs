namespace Portal.Host.Pages.Shared;

/// <summary>One of the signed-in customer's subscriptions, as the portal's subscription pages read it.</summary>
internal static class CustomerSubscriptions
{
    /// <summary>One of the customer's own subscriptions; null for anyone else's id or one that does not exist (the page answers 404).</summary>
    public static async Task<SubscriptionDto?> FindAsync(ISender sender, PortalCustomer customer, Mode mode, string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.QueryAsync(new GetSubscriptionQuery(customer.BusinessId, mode, subscriptionId, customer.CustomerId), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
