using Microsoft.Extensions.Logging;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Credits;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Domain.Credits;
using Portal.Modules.Billing.Domain.Invoices;

namespace Portal.Modules.Billing.Application.Payments;

/// <summary>
/// Settles a saved payment attempt: with its row locked, asks the gateway (idempotency key = the
/// payment's id) and records the answer, invoicing a success, all in one transaction. Callers that
/// race on the same payment queue on the lock and then find it settled, so the gateway is called by
/// one of them at a time and, thanks to the key, charges at most once (ADR 0012).
/// </summary>
internal sealed class PaymentSettlement(
    IBillingDbContext db,
    IPaymentGateways gateways,
    CustomerGuard customers,
    CreditLedger credit,
    TimeProvider time,
    ILogger<PaymentSettlement> logger)
{
    public async Task<Payment> SettleAsync(PaymentId paymentId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var payment = await db.LockPaymentAsync(paymentId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Payment not found."));
        if (!payment.IsFinal)
        {
            await ChargeAsync(payment, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return payment;
    }

    /// <summary>Records what the gateway said about a payment already locked by the caller's transaction.</summary>
    public async Task ApplyAsync(Payment payment, GatewayChargeResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (result.Status)
        {
            case GatewayChargeStatus.Succeeded when !payment.IsFinal:
                payment.Succeed(result.Reference, now);
                var invoice = await IssueInvoiceAsync(payment, now, cancellationToken);
                db.AddIntegrationEvent(new PaymentSucceededIntegrationEvent(
                    Guid.CreateVersion7(now), now, payment.Id.Value, payment.BusinessId.Value, payment.Mode, payment.CustomerId.Value, payment.IdempotencyKey,
                    payment.SubscriptionId, payment.Total, payment.Currency.Code, invoice.Id.Value, invoice.Number,
                    [.. payment.Lines.Select(l => l.ProductId).OfType<string>().Distinct()]));
                break;
            case GatewayChargeStatus.Failed when !payment.IsFinal:
                var code = result.FailureCode ?? "card_declined";
                var message = result.FailureMessage ?? "The payment was declined.";
                payment.Fail(code, message, result.Reference, now);
                await ReleaseCreditAsync(payment, cancellationToken);
                db.AddIntegrationEvent(new PaymentFailedIntegrationEvent(
                    Guid.CreateVersion7(now), now, payment.Id.Value, payment.BusinessId.Value, payment.Mode, payment.CustomerId.Value, payment.IdempotencyKey,
                    payment.SubscriptionId, payment.Total, payment.Currency.Code, code, message));
                break;
            case GatewayChargeStatus.Processing:
                payment.StillProcessing(result.Reference, now);
                AnnounceProcessingOnce(payment, now);
                break;
        }
    }

    private async Task ChargeAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.GatewayAmount == 0)
        {
            // Credit paid it all: no gateway call, but an invoice like any other payment.
            await ApplyAsync(payment, new GatewayChargeResult(GatewayChargeStatus.Succeeded, null), cancellationToken);
            return;
        }

        var method = await db.PaymentMethods.SingleAsync(m => m.Id == payment.PaymentMethodId, cancellationToken);
        var gatewayCustomer = await db.BillingAccounts
            .Where(a => a.CustomerId == payment.CustomerId)
            .Select(a => a.StripeCustomerReference)
            .FirstOrDefaultAsync(cancellationToken);
        payment.RecordGatewayAttempt(time.GetUtcNow());
        GatewayChargeResult result;
        try
        {
            result = await gateways.Get(payment.Gateway).ChargeAsync(
                new GatewayChargeRequest(payment.Mode, payment.Id.Value, gatewayCustomer, method.GatewayReference, new Money(payment.GatewayAmount, payment.Currency), payment.Description),
                cancellationToken);
        }
        catch (PaymentGatewayUnavailableException exception)
        {
            // Unknown outcome: the payment stays processing; a retry or the reconciliation job asks again with the same key.
            logger.LogWarning(exception, "Gateway did not answer for payment {PaymentId} (attempt {Attempt})", payment.Id, payment.GatewayAttempts);
            AnnounceProcessingOnce(payment, time.GetUtcNow());
            return;
        }

        await ApplyAsync(payment, result, cancellationToken);
    }

    /// <summary>
    /// The invoice of a successful payment, in the payment's transaction: the next number of the business,
    /// mode and year (rolled back with it, so no gaps) and snapshots of both parties from Identity.
    /// </summary>
    private async Task<Invoice> IssueInvoiceAsync(Payment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await customers.EnsureExistsAsync(payment.BusinessId, payment.Mode, payment.CustomerId, cancellationToken);
        var sequence = await db.NextInvoiceSequenceAsync(payment.BusinessId, payment.Mode, now.Year, cancellationToken);
        var parties = new InvoiceParties(
            contact.BusinessName, contact.BusinessSupportEmail, contact.CustomerName, contact.CustomerEmail, contact.BusinessLegalAddress, contact.BusinessTaxId, payment.BillingAddress);
        var invoice = Invoice.Issue(payment, now.Year, sequence, parties, now);
        db.Invoices.Add(invoice);
        return invoice;
    }

    /// <summary>After the first gateway attempt only: a retry of a payment already announced as processing says nothing new.</summary>
    private void AnnounceProcessingOnce(Payment payment, DateTimeOffset now)
    {
        if (payment.GatewayAttempts == 1)
        {
            db.AddIntegrationEvent(new PaymentProcessingIntegrationEvent(Guid.CreateVersion7(now), now, payment.Id.Value, payment.BusinessId.Value, payment.Mode));
        }
    }

    /// <summary>A declined payment gives back the credit it had taken, once (the payment becomes final only once).</summary>
    private async Task ReleaseCreditAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.CreditApplied == 0)
        {
            return;
        }

        await credit.LockAsync(payment.CustomerId, cancellationToken);
        await credit.AddOnceAsync(
            payment.BusinessId, payment.Mode, payment.CustomerId, new Money(payment.CreditApplied, payment.Currency), CreditEntry.ReleaseKey(payment.Id),
            "Credit returned: payment declined", cancellationToken);
    }
}
