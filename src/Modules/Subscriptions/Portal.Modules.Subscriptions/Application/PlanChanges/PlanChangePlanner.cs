using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Domain.ProductCollections;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges;

/// <summary>
/// The checks and the price of a plan change, shared by the preview and the change itself so both say
/// the same: the business allows updates, the subscription is active, the target is a recurring product
/// on sale in the same collection and currency; the mode is the caller's, else the collection's, else the
/// business's default for an upgrade or a downgrade (a later tier is an upgrade; within a tier, a higher amount).
/// </summary>
internal sealed class PlanChangePlanner(ISubscriptionsDbContext db, TimeProvider time)
{
    public async Task<PlanChangePolicy> PolicyAsync(BusinessId businessId, CancellationToken cancellationToken) =>
        await db.PlanChangePolicies.AsNoTracking().FirstOrDefaultAsync(p => p.BusinessId == businessId, cancellationToken)
        ?? PlanChangePolicy.Default(businessId);

    /// <summary>The collection a product is a tier of, or null.</summary>
    public async Task<ProductCollection?> CollectionOfAsync(BusinessId businessId, Mode mode, ProductId productId, CancellationToken cancellationToken)
    {
        var collections = await db.ProductCollections.AsNoTracking().Where(c => c.BusinessId == businessId && c.Mode == mode).ToListAsync(cancellationToken);
        return collections.FirstOrDefault(c => c.TierOf(productId) is not null);
    }

    public async Task<PlannedChange> PlanAsync(Subscription subscription, string? productId, int quantity, string? prorationMode, CancellationToken cancellationToken)
    {
        var policy = await PolicyAsync(subscription.BusinessId, cancellationToken);
        policy.EnsureUpdatesAllowed();
        subscription.EnsurePlanChangeable();
        var requestedMode = prorationMode is null ? (ProrationMode?)null : ProrationModes.Parse(prorationMode);
        var target = await ProductFinder.FindAsync(db.Products, subscription.BusinessId, subscription.Mode, productId, cancellationToken);
        Subscription.EnsureSubscribable(target, quantity);
        var collection = await CollectionOfAsync(subscription.BusinessId, subscription.Mode, subscription.ProductId, cancellationToken);
        if (collection?.TierOf(target.Id) is not { } toTier || collection.TierOf(subscription.ProductId) is not { } fromTier)
        {
            throw new DomainException(Error.Unprocessable("PRODUCT_NOT_IN_COLLECTION", "A subscription changes only to another plan of its product collection."));
        }

        if (target.Currency != subscription.Currency)
        {
            throw new DomainException(Error.Unprocessable("CURRENCY_MISMATCH", "The new plan is priced in another currency."));
        }

        var to = new PlanTerms(target.Price, quantity, target.TaxRateBasisPoints);
        var isUpgrade = toTier > fromTier || (toTier == fromTier && to.RecurringAmount >= subscription.RecurringAmount);
        var mode = requestedMode
            ?? (isUpgrade ? collection.UpgradeMode ?? policy.UpgradeMode : collection.DowngradeMode ?? policy.DowngradeMode);
        var quote = ProrationCalculator.Quote(
            subscription.Terms, to, mode, subscription.Currency, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, time.GetUtcNow());
        return new PlannedChange(target, quantity, isUpgrade, target.Id == subscription.ProductId && quantity == subscription.Quantity, quote);
    }
}
