using Microsoft.Extensions.Logging;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Credits;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Domain.Credits;
using Portal.Modules.Billing.Domain.Invoices;

namespace Portal.Modules.Billing.Application.Payments;

/// <summary>
/// Settles a saved payment attempt: with its row locked, asks the gateway (idempotency key = the
/// payment's id) and records the answer, invoicing a success, all in one transaction. Callers that
/// race on the same payment queue on the lock and then find it settled, so the gateway is called by
/// one of them at a time and, thanks to the key, charges at most once (ADR 0012). A payment waiting for the
/// customer's authentication (3-D Secure, ADR 0027) is settled the same way: the gateway is asked again about
/// the same charge when the customer is back, and the reconciliation job gives up one they abandoned.
/// </summary>
internal sealed class PaymentSettlement(
    IBillingDbContext db,
    IPaymentGateways gateways,
    CustomerGuard customers,
    CreditLedger credit,
    TimeProvider time,
    ILogger<PaymentSettlement> logger)
{
    /// <summary>
    /// Settles the payment; <paramref name="returnUrl"/> is where the gateway sends a customer who is present
    /// and must authenticate, with <see cref="SettledPayment.AuthenticationUrl"/> saying where to send them.
    /// </summary>
    public async Task<SettledPayment> SettleAsync(PaymentId paymentId, string? returnUrl, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var payment = await db.LockPaymentAsync(paymentId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Payment not found."));
        string? authenticationUrl = null;
        if (!payment.IsFinal)
        {
            authenticationUrl = await ChargeAsync(payment, returnUrl, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SettledPayment(payment, authenticationUrl);
    }

    /// <summary>Settles the payment and answers its outcome as the charge's callers see it, with its invoice when paid.</summary>
    public async Task<ChargeOutcome> SettleToOutcomeAsync(PaymentId paymentId, string? returnUrl, CancellationToken cancellationToken)
    {
        var (settled, authenticationUrl) = await SettleAsync(paymentId, returnUrl, cancellationToken);
        return await OutcomeAsync(settled, authenticationUrl, cancellationToken);
    }

    /// <summary>Gives up the payment if it still waits for its customer (<see cref="AbandonAsync"/>), else settles it; answers its outcome.</summary>
    public async Task<ChargeOutcome> SettleOrAbandonToOutcomeAsync(PaymentId paymentId, CancellationToken cancellationToken)
    {
        var (settled, _) = await SettleAsync(paymentId, returnUrl: null, cancellationToken);
        if (settled.Status == PaymentStatus.RequiresAction)
        {
            settled = await AbandonAsync(paymentId, cancellationToken);
        }

        return await OutcomeAsync(settled, null, cancellationToken);
    }

    private async Task<ChargeOutcome> OutcomeAsync(Payment settled, string? authenticationUrl, CancellationToken cancellationToken)
    {
        var invoiceId = settled.Status == PaymentStatus.Succeeded
            ? await db.Invoices.Where(i => i.PaymentId == settled.Id).Select(i => (InvoiceId?)i.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ChargeOutcome(
            settled.Id.Value,
            settled.Status switch
            {
                PaymentStatus.Succeeded => ChargeStatus.Succeeded,
                PaymentStatus.Failed => ChargeStatus.Failed,
                PaymentStatus.RequiresAction => ChargeStatus.RequiresCustomerAction,
                _ => ChargeStatus.Processing,
            },
            settled.Total,
            settled.Currency.Code,
            invoiceId?.Value,
            settled.FailureCode,
            settled.FailureMessage,
            settled.CreditApplied,
            authenticationUrl);
    }

    /// <summary>Gives up a payment whose customer never came back from authenticating: declined, unless they completed it meanwhile.</summary>
    public async Task<Payment> AbandonAsync(PaymentId paymentId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var payment = await db.LockPaymentAsync(paymentId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Payment not found."));
        if (payment.Status == PaymentStatus.RequiresAction)
        {
            var request = await RequestAsync(payment, returnUrl: null, cancellationToken);
            await ApplyAsync(payment, await gateways.Get(payment.Gateway).AbandonAsync(request, cancellationToken), cancellationToken);
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
                    [.. payment.Lines.Select(l => l.ProductId).OfType<string>().Distinct()], payment.PaymentMethodId.Value));
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
            case GatewayChargeStatus.RequiresAction:
                payment.AwaitCustomer(result.Reference, now);
                break;
        }
    }

    /// <summary>Asks the gateway and records its answer; where to send the customer when it waits for their authentication.</summary>
    private async Task<string?> ChargeAsync(Payment payment, string? returnUrl, CancellationToken cancellationToken)
    {
        if (payment.GatewayAmount == 0)
        {
            // Credit paid it all: no gateway call, but an invoice like any other payment.
            await ApplyAsync(payment, new GatewayChargeResult(GatewayChargeStatus.Succeeded, null), cancellationToken);
            return null;
        }

        var request = await RequestAsync(payment, returnUrl, cancellationToken);
        payment.RecordGatewayAttempt(time.GetUtcNow());
        GatewayChargeResult result;
        try
        {
            result = await gateways.Get(payment.Gateway).ChargeAsync(request, cancellationToken);
        }
        catch (PaymentGatewayUnavailableException exception)
        {
            // Unknown outcome: the payment stays processing; a retry or the reconciliation job asks again with the same key.
            logger.LogWarning(exception, "Gateway did not answer for payment {PaymentId} (attempt {Attempt})", payment.Id, payment.GatewayAttempts);
            AnnounceProcessingOnce(payment, time.GetUtcNow());
            return null;
        }

        await ApplyAsync(payment, result, cancellationToken);
        return result.Status == GatewayChargeStatus.RequiresAction ? result.AuthenticationUrl : null;
    }

    private async Task<GatewayChargeRequest> RequestAsync(Payment payment, string? returnUrl, CancellationToken cancellationToken)
    {
        var method = await db.PaymentMethods.SingleAsync(m => m.Id == payment.PaymentMethodId, cancellationToken);
        var gatewayCustomer = await db.BillingAccounts
            .Where(a => a.CustomerId == payment.CustomerId)
            .Select(a => a.StripeCustomerReference)
            .FirstOrDefaultAsync(cancellationToken);
        return new GatewayChargeRequest(
            payment.Mode, payment.Id.Value, gatewayCustomer, method.GatewayReference, new Money(payment.GatewayAmount, payment.Currency), payment.Description.ToString(),
            returnUrl, payment.GatewayReference);
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
