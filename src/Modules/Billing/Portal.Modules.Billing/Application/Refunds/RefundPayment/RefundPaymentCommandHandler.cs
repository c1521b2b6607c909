using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.Refunds;
using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Application.Refunds.RefundPayment;

/// <summary>
/// Saves the refund under the payment's row lock (so concurrent requests see each other's pending
/// refunds and can never give back more than was paid), commits, then settles it with the gateway.
/// </summary>
internal sealed class RefundPaymentCommandHandler(IBillingDbContext db, RefundSettlement settlement, TimeProvider time)
    : ICommandHandler<RefundPaymentCommand, RefundDto>
{
    public async Task<RefundDto> Handle(RefundPaymentCommand command, CancellationToken cancellationToken)
    {
        var notFound = new DomainException(Error.NotFound("Payment not found."));
        if (!PrefixedId.TryParse<PaymentId>(command.PaymentId, out var paymentId))
        {
            throw notFound;
        }

        Refund refund;
        long paymentTotal;
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            var payment = await db.LockPaymentAsync(paymentId, cancellationToken);
            if (payment is null || payment.BusinessId != command.BusinessId || payment.Mode != command.Mode)
            {
                throw notFound;
            }

            var givenOrPending = await db.Refunds
                .Where(r => r.PaymentId == paymentId && r.Status != PaymentStatus.Failed)
                .SumAsync(r => r.Amount, cancellationToken);
            refund = Refund.Request(payment, command.Amount ?? payment.GatewayAmount - givenOrPending, givenOrPending, command.Reason ?? string.Empty, time.GetUtcNow());
            db.Refunds.Add(refund);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            paymentTotal = payment.Total;
        }

        return RefundSettlement.ToDto(await settlement.SettleAsync(refund, cancellationToken), paymentTotal);
    }
}
