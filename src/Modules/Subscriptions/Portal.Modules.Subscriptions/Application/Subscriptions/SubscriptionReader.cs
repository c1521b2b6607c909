using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>
/// Finds subscriptions the caller may see: of this business and mode, and of this customer when a
/// customer asks (a portal session). Anything else is 404, never 403: no hint that the id exists.
/// </summary>
internal sealed class SubscriptionReader(ISubscriptionsDbContext db)
{
    public static SubscriptionId ParseId(string? value) =>
        PrefixedId.TryParse<SubscriptionId>(value, out var id) ? id : throw NotFound();

    public static DomainException NotFound() => new(Error.NotFound("Subscription not found."));

    public async Task<Subscription> FindAsync(BusinessId businessId, Mode mode, string? subscriptionId, CustomerId? customerId, CancellationToken cancellationToken)
    {
        var id = ParseId(subscriptionId);
        return await db.Subscriptions.AsNoTracking()
            .Where(s => s.Id == id && s.BusinessId == businessId && s.Mode == mode)
            .Where(s => customerId == null || s.CustomerId == customerId)
            .FirstOrDefaultAsync(cancellationToken) ?? throw NotFound();
    }

    /// <summary>Locks the subscription (waiting for whoever holds it) after checking the caller may touch it.</summary>
    public async Task<Subscription> LockAsync(BusinessId businessId, Mode mode, string? subscriptionId, CustomerId? customerId, CancellationToken cancellationToken)
    {
        var id = ParseId(subscriptionId);
        var subscription = await db.LockSubscriptionAsync(id, skipLocked: false, cancellationToken);
        return subscription is not null && subscription.BusinessId == businessId && subscription.Mode == mode && (customerId is null || subscription.CustomerId == customerId)
            ? subscription
            : throw NotFound();
    }

    public async Task<SubscriptionDto> ToDtoAsync(Subscription subscription, CancellationToken cancellationToken) =>
        (await ToDtosAsync([subscription], cancellationToken))[0];

    public async Task<IReadOnlyList<SubscriptionDto>> ToDtosAsync(IReadOnlyList<Subscription> subscriptions, CancellationToken cancellationToken)
    {
        var productIds = subscriptions.Select(s => s.ProductId).Distinct().ToList();
        var names = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. subscriptions.Select(s => SubscriptionMapping.ToDto(s, names.GetValueOrDefault(s.ProductId, s.ProductId.Value)))];
    }
}
