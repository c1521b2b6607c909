using Microsoft.Extensions.Logging;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.Refunds;
using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Application.Refunds;

/// <summary>
/// Settles a saved refund like a charge (ADR 0012): with the payment and the refund locked, asks the
/// gateway (idempotency key = the refund's id) and records the answer in one transaction. A lost
/// answer leaves it pending for a retry or the reconciliation job.
/// </summary>
internal sealed class RefundSettlement(IBillingDbContext db, IPaymentGateways gateways, TimeProvider time, ILogger<RefundSettlement> logger)
{
    public async Task<Refund> SettleAsync(Refund pending, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);

        // Payment first, then refund: the same order as RefundPaymentCommandHandler, so two settlers never deadlock.
        var payment = await db.LockPaymentAsync(pending.PaymentId, cancellationToken) ?? throw new DomainException(Error.NotFound("Payment not found."));
        var refund = await db.LockRefundAsync(pending.Id, cancellationToken) ?? throw new DomainException(Error.NotFound("Refund not found."));
        if (!refund.IsFinal)
        {
            await AskGatewayAsync(payment, refund, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return refund;
    }

    private async Task AskGatewayAsync(Payment payment, Refund refund, CancellationToken cancellationToken)
    {
        GatewayRefundResult result;
        try
        {
            result = await gateways.Get(payment.Gateway).RefundAsync(
                new GatewayRefundRequest(refund.Mode, refund.Id.Value, payment.GatewayReference!, new Money(refund.Amount, refund.Currency)), cancellationToken);
        }
        catch (PaymentGatewayUnavailableException exception)
        {
            logger.LogWarning(exception, "Gateway did not answer for refund {RefundId}", refund.Id);
            return;
        }

        var now = time.GetUtcNow();
        if (!result.Succeeded)
        {
            refund.Fail(result.FailureMessage ?? "The refund was refused.", now);
            db.AddIntegrationEvent(new RefundFailedIntegrationEvent(
                Guid.CreateVersion7(now), now, refund.Id.Value, payment.Id.Value, payment.BusinessId.Value, payment.Mode, refund.FailureMessage ?? string.Empty));
            return;
        }

        refund.Succeed(result.Reference!, now);
        payment.RecordRefund(refund.Amount, now);
        db.AddIntegrationEvent(new PaymentRefundedIntegrationEvent(
            Guid.CreateVersion7(now), now, refund.Id.Value, payment.Id.Value, payment.BusinessId.Value, payment.Mode, payment.CustomerId.Value,
            payment.SubscriptionId, refund.Amount, refund.Currency.Code, payment.RefundedAmount == payment.GatewayAmount));
    }

    public static RefundDto ToDto(Refund refund, long paymentTotal) =>
        new(
            refund.Id.Value,
            refund.PaymentId.Value,
            refund.BusinessId.Value,
            refund.CustomerId.Value,
            refund.Amount,
            refund.Currency.Code,
            RefundStatusText.Of(refund.Status),
            refund.Reason,
            refund.Amount < paymentTotal,
            refund.CreatedAt);
}
