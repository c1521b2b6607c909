using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.RemindUpcomingRenewals;

/// <summary>
/// Announces the renewals of the coming 7 days for the subscriptions billed yearly or longer, once per period: each is
/// claimed by a conditional update of its <c>renewal_reminded_for</c> in the transaction that writes its event, so a
/// second job server running at the same time, or the next day's run, finds it claimed and announces nothing.
/// </summary>
internal sealed class RemindUpcomingRenewalsCommandHandler(ISubscriptionsDbContext db, TimeProvider time) : ICommandHandler<RemindUpcomingRenewalsCommand, int>
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(7);

    public async Task<int> Handle(RemindUpcomingRenewalsCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Status == SubscriptionStatus.Active && !s.CancelAtNextBillingDate
                && s.CurrentPeriodEnd > now && s.CurrentPeriodEnd <= now + Ahead
                && (s.RenewalRemindedFor == null || s.RenewalRemindedFor != s.CurrentPeriodEnd)
                && (s.Interval.Unit == IntervalUnit.Year
                    || (s.Interval.Unit == IntervalUnit.Month && s.Interval.Count >= 12)
                    || (s.Interval.Unit == IntervalUnit.Week && s.Interval.Count >= 52)
                    || (s.Interval.Unit == IntervalUnit.Day && s.Interval.Count >= 365))
                && (s.TermPeriods == null || s.PeriodsBilled < s.TermPeriods))
            .Select(s => new { s.Id, s.BusinessId, s.Mode, s.CustomerId, s.CurrentPeriodEnd })
            .ToListAsync(cancellationToken);

        var announced = 0;
        foreach (var subscription in due)
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Subscriptions
                .Where(s => s.Id == subscription.Id && s.CurrentPeriodEnd == subscription.CurrentPeriodEnd
                    && (s.RenewalRemindedFor == null || s.RenewalRemindedFor != s.CurrentPeriodEnd))
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.RenewalRemindedFor, s => s.CurrentPeriodEnd), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            db.AddIntegrationEvent(new SubscriptionRenewalUpcomingIntegrationEvent(
                Guid.CreateVersion7(now), now, subscription.Id.Value, subscription.BusinessId.Value, subscription.Mode, subscription.CustomerId.Value, subscription.CurrentPeriodEnd));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            announced++;
        }

        return announced;
    }
}
