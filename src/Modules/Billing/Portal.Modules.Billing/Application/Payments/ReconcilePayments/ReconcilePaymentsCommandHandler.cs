using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Refunds;

namespace Portal.Modules.Billing.Application.Payments.ReconcilePayments;

internal sealed class ReconcilePaymentsCommandHandler(IBillingDbContext db, PaymentSettlement settlement, RefundSettlement refunds, TimeProvider time)
    : ICommandHandler<ReconcilePaymentsCommand, int>
{
    public async Task<int> Handle(ReconcilePaymentsCommand command, CancellationToken cancellationToken)
    {
        var settled = 0;
        // Each settlement locks its row: a second job instance or a customer retry waits and then finds it settled.
        foreach (var id in await QuietAsync(PaymentStatus.Processing, command.QuietFor, command.BatchSize, cancellationToken))
        {
            if ((await settlement.SettleAsync(id, returnUrl: null, cancellationToken)).Payment.IsFinal)
            {
                settled++;
            }
        }

        // Authentications the customer left unfinished: given up at the gateway, so the charge can no longer go through.
        foreach (var id in await QuietAsync(PaymentStatus.RequiresAction, command.AbandonAuthenticationAfter, command.BatchSize, cancellationToken))
        {
            if ((await settlement.AbandonAsync(id, cancellationToken)).IsFinal)
            {
                settled++;
            }
        }

        var quietSince = time.GetUtcNow() - command.QuietFor;
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

    /// <summary>The oldest payments in <paramref name="status"/> untouched for <paramref name="quietFor"/>.</summary>
    private Task<List<PaymentId>> QuietAsync(PaymentStatus status, TimeSpan quietFor, int batchSize, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - quietFor;
        return db.Payments.AsNoTracking()
            .Where(p => p.Status == status && p.UpdatedAt <= since)
            .OrderBy(p => p.UpdatedAt)
            .Select(p => p.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }
}