using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Application.Payments;

namespace Portal.Modules.Billing.Application.Webhooks.HandleStripeEvent;

/// <summary>
/// Settles a payment whose answer we did not get in time (timeout, lost connection, a customer who authenticated
/// and never came back) from Stripe's own notice. The event id is recorded in the same transaction as the effect,
/// so a redelivery, even one racing the first, changes nothing; events about payments we do not know, or of the
/// other mode, are acknowledged and ignored. A succeeded setup intent saves its card to the customer whose Stripe
/// customer it is, once, whether or not they came back from Checkout (ADR 0027).
/// </summary>
internal sealed class HandleStripeEventCommandHandler(
    IBillingDbContext db,
    IStripeWebhookVerifier verifier,
    PaymentSettlement settlement,
    IStripeCardSetup cards,
    PaymentMethodSaver saver,
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

        if (stripeEvent.SetUpCard is { } setUp)
        {
            return await SaveSetUpCardAsync(command.Mode, stripeEvent.EventId, setUp, cancellationToken);
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

    /// <summary>The card, read back from Stripe (the event names only its id), saved to the customer of that Stripe customer in this mode.</summary>
    private async Task<StripeEventOutcome> SaveSetUpCardAsync(Mode mode, string eventId, StripeSetUpCard setUp, CancellationToken cancellationToken)
    {
        var account = await db.BillingAccounts.AsNoTracking()
            .Where(a => a.StripeCustomerReference == setUp.StripeCustomerReference && a.Mode == mode)
            .Select(a => new { a.BusinessId, a.CustomerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null
            || await cards.CardAsync(mode, setUp.PaymentMethodReference, cancellationToken) is not { } card
            || card.StripeCustomerReference != setUp.StripeCustomerReference)
        {
            return StripeEventOutcome.Ignored;
        }

        // The event is recorded with the card, so a redelivery after the customer removed it does not bring it back.
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordWebhookEventAsync(eventId, time.GetUtcNow(), cancellationToken))
        {
            return StripeEventOutcome.Duplicate;
        }

        await saver.SaveStripeCardOnceAsync(account.BusinessId, mode, account.CustomerId, card, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StripeEventOutcome.Applied;
    }
}
