using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>
/// Runs a change on one subscription inside a transaction that holds its row lock, so a customer, a
/// merchant and the jobs acting at once take turns and each sees what the previous one committed.
/// </summary>
internal sealed class LockedSubscription(ISubscriptionsDbContext db, SubscriptionReader reader)
{
    public async Task<SubscriptionDto> ChangeAsync(
        BusinessId businessId, Mode mode, string? subscriptionId, CustomerId? customerId, Func<Subscription, Task> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var subscription = await reader.LockAsync(businessId, mode, subscriptionId, customerId, cancellationToken);
        await change(subscription);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await reader.ToDtoAsync(subscription, cancellationToken);
    }
}
