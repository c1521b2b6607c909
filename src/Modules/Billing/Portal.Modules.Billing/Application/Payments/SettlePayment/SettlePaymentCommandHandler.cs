using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.SettlePayment;

internal sealed class SettlePaymentCommandHandler(IBillingDbContext db, PaymentSettlement settlement) : ICommandHandler<SettlePaymentCommand, ChargeOutcome>
{
    public async Task<ChargeOutcome> Handle(SettlePaymentCommand command, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(command.BusinessId, out var businessId)
            || !PrefixedId.TryParse<CustomerId>(command.CustomerId, out var customerId)
            || !PrefixedId.TryParse<PaymentId>(command.PaymentId, out var paymentId)
            || !await db.Payments.AnyAsync(p => p.Id == paymentId && p.BusinessId == businessId && p.Mode == command.Mode && p.CustomerId == customerId, cancellationToken))
        {
            throw new DomainException(Error.NotFound("Payment not found."));
        }

        return command.GiveUpAuthentication
            ? await settlement.SettleOrAbandonToOutcomeAsync(paymentId, cancellationToken)
            : await settlement.SettleToOutcomeAsync(paymentId, command.ReturnUrl, cancellationToken);
    }
}
