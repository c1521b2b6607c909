using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Payments;

namespace Portal.Modules.Billing.Application.Webhooks.HandleStripeEvent;

/// <summary>
/// Settles a payment whose answer we did not get in time (timeout, lost connection) from Stripe's own
/// notice. The event id is recorded in the same transaction as the effect, so a redelivery, even one
/// racing the first, changes nothing; events about payments we do not know, or of the other mode, are
/// acknowledged and ignored.
/// </summary>
internal sealed class HandleStripeEventCommandHandler(
    IBillingDbContext db,
    IStripeWebhookVerifier verifier,
    PaymentSettlement settlement,
    TimeProvider time)
    : ICommandHandler<HandleStripeEventCommand, StripeEventOutcome>
{
    public async Task<StripeEventOutcome> Handle(HandleStripeEventCommand command, CancellationToken cancellationToken)
    {
        if (!verifier.IsConfiguredFor(command.Mode))
        {
            return StripeEventOutcome.NotConfigured;
        }

        if (verifier.Verify(command.Mode, command.Payload, command.SignatureHeader) is not { } stripeEvent)
        {
            return StripeEventOutcome.InvalidSignature;
        }

        if (stripeEvent.ChargeResult is not { } chargeResult || !PrefixedId.TryParse<PaymentId>(stripeEvent.PaymentId, out var paymentId))
        {
            return StripeEventOutcome.Ignored;
        }

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var payment = await db.LockPaymentAsync(paymentId, cancellationToken);
        if (payment is null || payment.Mode != command.Mode || payment.Gateway != PaymentGatewayKind.Stripe)
        {
            return StripeEventOutcome.Ignored;
        }

        if (!await db.TryRecordWebhookEventAsync(stripeEvent.EventId, time.GetUtcNow(), cancellationToken))
        {
            return StripeEventOutcome.Duplicate;
        }

        await settlement.ApplyAsync(payment, chargeResult, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StripeEventOutcome.Applied;
    }
}
