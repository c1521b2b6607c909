using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Refunds;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Application.Payments.ReconcilePayments;

internal sealed class ReconcilePaymentsCommandHandler(IBillingDbContext db, PaymentSettlement settlement, RefundSettlement refunds, TimeProvider time)
    : ICommandHandler<ReconcilePaymentsCommand, int>
{
    public async Task<int> Handle(ReconcilePaymentsCommand command, CancellationToken cancellationToken)
    {
        var quietSince = time.GetUtcNow() - command.QuietFor;
        var pending = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Processing && p.UpdatedAt <= quietSince)
            .OrderBy(p => p.UpdatedAt)
            .Select(p => p.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var settled = 0;
        foreach (var id in pending)
        {
            // Each settlement locks its row: a second job instance or a customer retry waits and then finds it settled.
            if ((await settlement.SettleAsync(id, returnUrl: null, cancellationToken)).Payment.IsFinal)
            {
                settled++;
            }
        }

        // Authentications the customer left unfinished: given up at the gateway, so the charge can no longer go through.
        var abandonedSince = time.GetUtcNow() - command.AbandonAuthenticationAfter;
        var abandoned = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.RequiresAction && p.UpdatedAt <= abandonedSince)
            .OrderBy(p => p.UpdatedAt)
            .Select(p => p.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in abandoned)
        {
            if ((await settlement.AbandonAsync(id, cancellationToken)).IsFinal)
            {
                settled++;
            }
        }

        var pendingRefunds = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == PaymentStatus.Processing && r.CreatedAt <= quietSince)
            .OrderBy(r => r.CreatedAt)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var refund in pendingRefunds)
        {
            if ((await refunds.SettleAsync(refund, cancellationToken)).IsFinal)
            {
                settled++;
            }
        }

        return settled;
    }
}
