using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Application.Subscriptions.GetSubscription;
using Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

namespace Portal.Host.Pages.Shared;

/// <summary>The signed-in customer's subscriptions, as the portal's pages read them.</summary>
internal static class CustomerSubscriptions
{
    private const int PageSize = 100;

    /// <summary>All of them: the current ones (active, pending, on hold) first, then the past ones, each newest first.</summary>
    public static async Task<IReadOnlyList<SubscriptionDto>> ListAsync(ISender sender, PortalCustomer customer, Mode mode, CancellationToken cancellationToken)
    {
        var all = new List<SubscriptionDto>();
        for (var page = 0; ; page++)
        {
            var batch = await sender.QueryAsync(
                new ListSubscriptionsQuery(customer.BusinessId, mode, customer.CustomerId.Value, null, page, PageSize), cancellationToken);
            all.AddRange(batch);
            if (batch.Count < PageSize)
            {
                break;
            }
        }

        return [.. all.OrderByDescending(s => s.IsCurrent)];
    }

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
