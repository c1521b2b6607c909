using Npgsql;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Credits;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Domain.Credits;

namespace Portal.Modules.Billing.Application.Payments.ChargeCustomer;

/// <summary>
/// Saves the attempt first (its own commit, unique per idempotency key), then settles it. A request
/// with a key already used finds that attempt: settled → its outcome; still unknown, or waiting for the
/// customer's authentication → the gateway is asked again about the same charge, which replays instead of
/// charging twice. A request to settle only (the customer back from authenticating) never starts a charge.
/// </summary>
internal sealed class ChargeCustomerCommandHandler(IBillingDbContext db, CustomerGuard customers, PaymentSettlement settlement, CreditLedger credit, TimeProvider time)
    : ICommandHandler<ChargeCustomerCommand, ChargeOutcome>
{
    public async Task<ChargeOutcome> Handle(ChargeCustomerCommand command, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(command.BusinessId, out var businessId) || !PrefixedId.TryParse<CustomerId>(command.CustomerId, out var customerId))
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        var currency = Currency.Of(command.Currency);
        var lines = command.Lines.Select(l => new PaymentLineRequest(l.Description, l.ProductId, l.Quantity, l.UnitAmount, l.TaxRateBasisPoints)).ToList();
        var payment = await FindAsync(businessId, command, cancellationToken);
        if (payment is not null && command.PaymentMethodChosenNow)
        {
            // A replayed key settles the first attempt, but the method the caller just picked must still be the customer's.
            await ChargeablePaymentMethod.FindAsync(db, businessId, command.Mode, customerId, command.PaymentMethodId, cancellationToken);
        }

        if (payment is null && command.SettleOnly)
        {
            throw new DomainException(Error.NotFound("No payment was started with this key."));
        }

        payment ??= await BeginAsync(businessId, customerId, currency, lines, command, cancellationToken);
        if (!payment.Matches(customerId, currency, lines))
        {
            throw new DomainException(Error.Conflict("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different charge."));
        }

        return await settlement.SettleToOutcomeAsync(payment.Id, command.ReturnUrl, cancellationToken);
    }

    private Task<Payment?> FindAsync(BusinessId businessId, ChargeCustomerCommand command, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking().FirstOrDefaultAsync(
            p => p.BusinessId == businessId && p.Mode == command.Mode && p.IdempotencyKey == command.IdempotencyKey, cancellationToken);

    private async Task<Payment> BeginAsync(
        BusinessId businessId, CustomerId customerId, Currency currency, List<PaymentLineRequest> lines, ChargeCustomerCommand command, CancellationToken cancellationToken)
    {
        await customers.EnsureExistsAsync(businessId, command.Mode, customerId, cancellationToken);
        var method = await ChargeablePaymentMethod.FindAsync(db, businessId, command.Mode, customerId, command.PaymentMethodId, cancellationToken);
        var payment = Payment.Begin(
            businessId, command.Mode, customerId, command.IdempotencyKey, command.Description, command.SubscriptionId, command.BillingAddress, method, currency, lines, time.GetUtcNow());
        if (payment.Total <= 0)
        {
            throw new DomainException(Error.Unprocessable("AMOUNT_NOT_POSITIVE", "A charge must be for more than zero."));
        }

        try
        {
            await SaveWithCreditAsync(payment, cancellationToken);
            return payment;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request with the same key saved its attempt first: settle that one instead (its credit use rolled back with ours).
            db.Payments.Entry(payment).State = EntityState.Detached;
            foreach (var entry in db.CreditEntries.Local.ToList())
            {
                db.CreditEntries.Entry(entry).State = EntityState.Detached;
            }

            return await FindAsync(businessId, command, cancellationToken)
                ?? throw new InvalidOperationException("The conflicting payment attempt vanished.", exception);
        }
    }

    /// <summary>
    /// Saves the attempt with the credit it uses, in one transaction under the customer's credit lock:
    /// the balance pays first and is spent once; the gateway is asked only for the rest.
    /// </summary>
    private async Task SaveWithCreditAsync(Payment payment, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await credit.LockAsync(payment.CustomerId, cancellationToken);
        var used = payment.ApplyCredit(await credit.BalanceAsync(payment.BusinessId, payment.Mode, payment.CustomerId, payment.Currency, cancellationToken));
        await credit.AddOnceAsync(
            payment.BusinessId, payment.Mode, payment.CustomerId, new Money(-used, payment.Currency), CreditEntry.UseKey(payment.Id), payment.Description.ToString(), cancellationToken);
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
